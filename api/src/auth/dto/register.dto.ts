import { LANGUAGES, type Language } from '@vt/courses';
import { Transform } from 'class-transformer';
import { IsName } from '../../common/input-rules.js';
import { IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { IsGuessResistant } from '../password-rules.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @Transform(trim)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email: string;

  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters' })
  @MaxLength(200)
  @IsGuessResistant()
  password: string;

  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @IsName()
  displayName: string;

  @IsIn(LANGUAGES)
  language: Language;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  organisation?: string;

  @IsOptional()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166 alpha-2 country code' })
  country?: string;

  /** Self-declared and optional; only ever reported in aggregate. */
  @IsOptional()
  @IsString()
  @MaxLength(32)
  gender?: string;
}
