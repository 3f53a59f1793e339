import { Type } from 'class-transformer';
import { IsName } from '../../common/input-rules.js';
import { IsDate, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const ID = /^[a-z][a-z0-9-]*$/;

/** The optional details and dates of a cohort, the same on creation and on update. */
class CohortDetailsDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string;

  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'must be an ISO 3166 alpha-2 country code' })
  country?: string;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date;
}

export class CreateCohortDto extends CohortDetailsDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsName()
  name: string;

  @IsString()
  @MaxLength(100)
  @Matches(ID, { message: 'must be a course id' })
  courseId: string;
}

/** Every field optional; the course cannot change once learners are enrolled on it. */
export class UpdateCohortDto extends CohortDetailsDto {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsName()
  name?: string;
}

export class RosterDto {
  /** The CSV text, pasted or read from an uploaded file by the browser. 1 MB is ~20k rows. */
  @IsString()
  @MinLength(1)
  @MaxLength(1_000_000)
  csv: string;
}

export class ExtensionDto {
  @Type(() => Date)
  @IsDate()
  dueAt: Date;
}
