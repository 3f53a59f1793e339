import { PROGRESS_EVENTS, type ProgressEventName } from '@vt/courses';
import { Type } from 'class-transformer';
import { CompiledSchema } from '../../common/validation.js';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const ID = /^[a-z][a-z0-9-]*$/;

export class EnrolDto {
  @IsString()
  @MaxLength(100)
  @Matches(ID, { message: 'must be a course id' })
  courseId: string;
}

/** The hottest write of the platform: valid bodies are checked by the compiled schema (common/validation.ts). */
@CompiledSchema()
export class ProgressDto {
  /** The client's sequence number: positive, increasing per enrolment. */
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  seq: number;

  @IsString()
  @MaxLength(100)
  @Matches(ID, { message: 'must be a lesson id' })
  lessonId: string;

  /** `viewed` on opening a lesson; `reached-end` when the learner reaches its end, which completes it (`completed`: the same, from earlier app versions). */
  @IsIn(PROGRESS_EVENTS)
  event: ProgressEventName;
}

export class BulkEnrolDto {
  @IsString()
  @MaxLength(100)
  @Matches(ID, { message: 'must be a course id' })
  courseId: string;

  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsEmail({}, { each: true, message: 'each must be an email address' })
  emails: string[];

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date;
}

export class UpdateEnrolmentDto {
  @Type(() => Date)
  @IsDate()
  dueAt: Date;
}
