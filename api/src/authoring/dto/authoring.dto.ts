import { IsArray, IsIn, IsObject, IsOptional } from 'class-validator';
import { LANGUAGES, type CourseSettings, type Language, type Question, type QuestionText } from '@vt/courses';

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
