import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsGuessResistant } from '../password-rules.js';

export class CreatePasswordResetDto {
  @IsUUID('all', { message: 'must be a user id' })
  userId: string;
}

export class RedeemPasswordResetDto {
  /** Any string: a malformed token gets the same answer as an unknown one. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  /** The same rule and message as registration. */
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters' })
  @MaxLength(200)
  @IsGuessResistant()
  password: string;
}
