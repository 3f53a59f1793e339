import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { PasswordReset } from './password-reset.entity.js';
import { PasswordResetsController } from './password-resets.controller.js';
import { PasswordResetsService } from './password-resets.service.js';
import { LoginThrottle } from './login-throttle.js';
import { AuthRateLimitGuard } from './rate-limit.guard.js';
import { Session } from './session.entity.js';
import { SessionChanges } from './session-changes.js';

@Module({
  imports: [TypeOrmModule.forFeature([Session, PasswordReset]), UsersModule],
  controllers: [AuthController, PasswordResetsController],
  providers: [AuthService, SessionChanges, PasswordResetsService, AuthRateLimitGuard, LoginThrottle, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService],
})
export class AuthModule {}
