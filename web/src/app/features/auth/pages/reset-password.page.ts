import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../../../core/http/api-problem';
import { ProblemMessage, submitting } from '../../../shared/problem-message';
import { redeemPasswordReset } from '../data-access/password-reset.api';

/**
 * Where a one-time reset link lands (`/reset-password?token=…`): an invited learner, whose
 * account a trainer created with a password nobody knows, chooses their own here.
 */
@Component({
  selector: 'vt-reset-password-page',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.resetPassword' | translate }}</h1>
    @if (token()) {
      <p>{{ 'auth.resetIntro' | translate }}</p>
      <vt-problem [problem]="problem()" heading="auth.resetFailed" />
      <form class="stack" (submit)="submit($event)">
        <label for="password">{{ 'auth.newPassword' | translate }}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="10"
          required
          aria-describedby="password-hint"
          [attr.aria-invalid]="!!problem()?.fieldError('password')"
        />
        <p id="password-hint" class="hint">{{ 'auth.passwordHint' | translate }}</p>
        <button type="submit" [disabled]="busy()">{{ 'auth.resetButton' | translate }}</button>
      </form>
    } @else {
      <p class="notice" role="alert">{{ 'auth.resetMissingToken' | translate }}</p>
    }
  `,
})
export class ResetPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  /** Query parameter of the link the trainer handed over. */
  readonly token = input<string>();
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  protected async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    await submitting(this.busy, this.problem, async () => {
      await redeemPasswordReset(this.http, this.token() ?? '', String(form.get('password') ?? ''));
      // The link is spent and every session of the account has ended: signing in is the next step.
      await this.router.navigate(['/sign-in'], { queryParams: { reset: 'done' } });
    });
  }
}
