import { IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { LANGUAGES, type CourseSettings, type Language, type Question, type QuestionText } from '@vt/courses';

/**
 * Six times the longest curriculum lesson (5.5 kB), and under the request body limit (64 KiB) so that
 * an over-long lesson gets a field error rather than a bare 413.
 */
export const LESSON_PREVIEW_MAX_CHARS = 32_000;

/**
 * A whole course in the course model's shape. The nested structure is checked by the model's own
 * `validateCourse` (one copy of every rule), not duplicated here as DTO classes.
 */
export class CourseContentDto {
  @IsObject()
  settings: CourseSettings;

  @IsArray()
  questions: Question[];

  @IsObject()
  texts: Record<string, unknown>;
}

/** One question (settings and answer key) with its text per language. */
export class QuestionDto {
  @IsObject()
  question: Question;

  @IsObject()
  texts: Partial<Record<Language, QuestionText>>;
}

export class PreviewQueryDto {
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

/** A lesson being written: bounded so that a preview request cannot tie up the renderer. */
export class LessonPreviewDto {
  @IsString()
  @MaxLength(LESSON_PREVIEW_MAX_CHARS)
  markdown: string;
}

/** Opening an existing course in the builder; `restart` discards the draft and starts from what learners get now. */
export class AdaptDto {
  @IsOptional()
  @IsBoolean()
  restart?: boolean;
}
