import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { User } from '../users/user.entity.js';
import { normaliseEmail, toUserView, UsersService, type UserView } from '../users/users.service.js';
import { AuthService, SESSION_COOKIE, SESSION_DAYS } from './auth.service.js';
import { CurrentUser } from './current-user.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { RegisterDto } from './dto/register.dto.js';
import { UpdateMeDto } from './dto/update-me.dto.js';
import { LoginThrottle, TooManyAttempts } from './login-throttle.js';
import { AuthRateLimitGuard } from './rate-limit.guard.js';
import { Roles, SIGNED_IN } from './roles.decorator.js';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private setCookie(reply: FastifyReply, token: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: this.config.publicUrl.startsWith('https:'),
      maxAge: SESSION_DAYS * 24 * 60 * 60,
    });
  }

  @Post('register')
  @Roles('public')
  @UseGuards(AuthRateLimitGuard)
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ user: UserView; token: string }> {
    const user = await this.users.createUser(dto);
    const token = await this.auth.openSession(user.id);
    this.setCookie(reply, token);
    return { user: toUserView(user), token };
  }

  @Post('login')
  @HttpCode(200)
  @Roles('public')
  @UseGuards(AuthRateLimitGuard)
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ user: UserView; token: string }> {
    const email = normaliseEmail(dto.email);
    try {
      this.throttle.check(email, request.ip);
    } catch (error) {
      if (error instanceof TooManyAttempts) void reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
    let signedIn: { user: User; token: string };
    try {
      signedIn = await this.auth.login(email, dto.password);
    } catch (error) {
      if (error instanceof UnauthorizedException) this.throttle.failed(email, request.ip);
      throw error;
    }
    this.throttle.succeeded(email, request.ip);
    const { user, token } = signedIn;
    this.setCookie(reply, token);
    return { user: toUserView(user), token };
  }

  @Post('logout')
  @HttpCode(204)
  @Roles(...SIGNED_IN)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (request.sessionTokenHash) await this.auth.closeSession(request.sessionTokenHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Roles(...SIGNED_IN)
  me(@CurrentUser() user: User): UserView {
    return toUserView(user);
  }

  @Patch('me')
  @Roles(...SIGNED_IN)
  async updateMe(@CurrentUser() user: User, @Body() dto: UpdateMeDto): Promise<UserView> {
    const updated = await this.users.updateProfile(user.id, dto);
    // The session cache holds the user as it was: the next request must see the new name and language.
    this.auth.forgetUser(user.id);
    return toUserView(updated);
  }

  @Post('password')
  @HttpCode(204)
  @Roles(...SIGNED_IN)
  async changePassword(@CurrentUser() user: User, @Req() request: FastifyRequest, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(user, request.sessionTokenHash ?? '', dto.currentPassword, dto.newPassword);
  }
}
