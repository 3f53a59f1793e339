import { LANGUAGES, type Language } from '@vt/courses';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';

export class FormatQueryDto {
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** Filters shared by the course-level reports. */
export class ReportQueryDto extends FormatQueryDto {
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'must be a course id' })
  courseId: string;

  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'must be an ISO 3166 alpha-2 country code' })
  country?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class ResultsQueryDto extends ReportQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  limit?: number;
}

export class DisaggregationQueryDto extends ReportQueryDto {
  @IsIn(['gender', 'country'])
  by: 'gender' | 'country';
}
