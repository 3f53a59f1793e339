import { LANGUAGES, type Language } from '@vt/courses';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class LanguageQueryDto {
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class CourseListQueryDto extends LanguageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'must be a topic id' })
  topic?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
