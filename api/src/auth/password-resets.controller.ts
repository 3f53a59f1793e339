import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import type { User } from '../users/user.entity.js';
import { CurrentUser } from './current-user.js';
import { CreatePasswordResetDto, RedeemPasswordResetDto } from './dto/password-reset.dto.js';
import { PasswordResetsService, type PasswordResetLink } from './password-resets.service.js';
import { AuthRateLimitGuard } from './rate-limit.guard.js';
import { Roles, STAFF } from './roles.decorator.js';

@Controller('auth/password-resets')
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResetsService) {}

  /** A one-time link for an invited learner, handed over by their trainer (there is no e-mail). */
  @Post()
  @Roles(...STAFF)
  issue(@Body() dto: CreatePasswordResetDto, @CurrentUser() caller: User): Promise<PasswordResetLink> {
    return this.resets.issue(dto.userId, caller);
  }

  /** Public and rate-limited like login: the token is the credential. */
  @Post('redeem')
  @HttpCode(204)
  @Roles('public')
  @UseGuards(AuthRateLimitGuard)
  async redeem(@Body() dto: RedeemPasswordResetDto): Promise<void> {
    await this.resets.redeem(dto.token, dto.password);
  }
}
