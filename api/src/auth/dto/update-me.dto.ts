import { LANGUAGES, type Language } from '@vt/courses';
import { Transform } from 'class-transformer';
import { IsName } from '../../common/input-rules.js';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class UpdateMeDto {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  @IsName()
  displayName?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
