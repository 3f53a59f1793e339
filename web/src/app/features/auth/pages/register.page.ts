import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth/auth.service';
import type { ApiProblem } from '../../../core/http/api-problem';
import { isLanguage, LanguageService } from '../../../core/i18n/language.service';
import { LANGUAGE_NAMES } from '../../../shared/language-names';
import { ProblemMessage, submitting } from '../../../shared/problem-message';
import { safeReturnUrl } from '../models/return-url';

@Component({
  selector: 'vt-register-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.register' | translate }}</h1>
    <vt-problem [problem]="problem()" heading="auth.registerFailed" />
    <form class="stack" (submit)="submit($event)">
      <label for="displayName">{{ 'auth.displayName' | translate }}</label>
      <input id="displayName" name="displayName" autocomplete="name" required [attr.aria-invalid]="!!problem()?.fieldError('displayName')" />
      <label for="email">{{ 'auth.email' | translate }}</label>
      <input id="email" name="email" type="email" autocomplete="email" required [attr.aria-invalid]="!!problem()?.fieldError('email')" />
      <label for="password">{{ 'auth.password' | translate }}</label>
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
      <label for="language">{{ 'auth.language' | translate }}</label>
      <select id="language" name="language">
        @for (option of languages; track option.code) {
          <option [value]="option.code" [attr.lang]="option.code" [selected]="option.code === language.current()">{{ option.name }}</option>
        }
      </select>
      <label for="organisation">{{ 'auth.organisation' | translate }}</label>
      <input id="organisation" name="organisation" autocomplete="organization" />
      <label for="country">{{ 'auth.country' | translate }}</label>
      <input id="country" name="country" autocomplete="country" maxlength="2" pattern="[A-Za-z]{2}" />
      <button type="submit" [disabled]="busy()">{{ 'auth.registerButton' | translate }}</button>
    </form>
    <p>
      {{ 'auth.haveAccount' | translate }} <a routerLink="/sign-in" [queryParams]="{ returnUrl: returnUrl() }">{{ 'app.signIn' | translate }}</a>
    </p>
  `,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  readonly returnUrl = input<string>();
  protected readonly languages = LANGUAGE_NAMES;
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  protected async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const chosen = text('language');
    await submitting(this.busy, this.problem, async () => {
      const user = await this.auth.register({
        displayName: text('displayName'),
        email: text('email'),
        password: String(form.get('password') ?? ''),
        language: isLanguage(chosen) ? chosen : this.language.current(),
        ...(text('organisation') ? { organisation: text('organisation') } : {}),
        ...(text('country') ? { country: text('country').toUpperCase() } : {}),
      });
      await this.language.use(user.language);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl(), '/courses'));
    });
  }
}
