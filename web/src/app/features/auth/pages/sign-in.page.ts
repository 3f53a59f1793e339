import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth/auth.service';
import type { ApiProblem } from '../../../core/http/api-problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { ProblemMessage, submitting } from '../../../shared/problem-message';
import { safeReturnUrl } from '../models/return-url';

@Component({
  selector: 'vt-sign-in-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.signIn' | translate }}</h1>
    @if (reset() === 'done') {
      <p class="notice" role="status">{{ 'auth.resetDone' | translate }}</p>
    }
    <vt-problem [problem]="problem()" heading="auth.failed" />
    <form class="stack" (submit)="submit($event)">
      <label for="email">{{ 'auth.email' | translate }}</label>
      <input id="email" name="email" type="email" autocomplete="username" required [attr.aria-invalid]="!!problem()" />
      <label for="password">{{ 'auth.password' | translate }}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required [attr.aria-invalid]="!!problem()" />
      <button type="submit" [disabled]="busy()">{{ 'auth.signInButton' | translate }}</button>
    </form>
    <p>
      {{ 'auth.noAccount' | translate }} <a routerLink="/register" [queryParams]="{ returnUrl: returnUrl() }">{{ 'app.register' | translate }}</a>
    </p>
  `,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  /** Query parameter set by the sign-in guard. */
  readonly returnUrl = input<string>();
  /** `done` after a password reset (reset-password.page.ts), to say what happened and what next. */
  readonly reset = input<string>();
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  protected async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    await submitting(this.busy, this.problem, async () => {
      const user = await this.auth.signIn(String(form.get('email')), String(form.get('password')));
      await this.language.use(user.language);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl(), '/learning'));
    });
  }
}
