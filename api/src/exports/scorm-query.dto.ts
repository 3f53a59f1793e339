import { LANGUAGES, type Language } from '@vt/courses';
import { SCORM_FORMATS, type ScormFormat } from '@vt/scorm-packager';
import { IsIn, IsOptional } from 'class-validator';

export class ScormQueryDto {
  @IsIn(SCORM_FORMATS)
  format: ScormFormat;

  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class ReportKeyQueryDto {
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
