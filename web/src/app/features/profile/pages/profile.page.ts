import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth/auth.service';
import type { ApiProblem } from '../../../core/http/api-problem';
import { isLanguage, LanguageService } from '../../../core/i18n/language.service';
import { LANGUAGE_NAMES } from '../../../shared/language-names';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';

@Component({
  selector: 'vt-profile-page',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.profile' | translate }}</h1>
    @if (auth.user(); as user) {
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{{ 'profile.details' | translate }}</h2>
        <p>{{ user.email }}</p>
        <vt-problem [problem]="detailsProblem()" />
        <form class="stack" (submit)="saveDetails($event)">
          <label for="displayName">{{ 'auth.displayName' | translate }}</label>
          <input id="displayName" name="displayName" required autocomplete="name" [value]="user.displayName" />
          <label for="profile-language">{{ 'auth.language' | translate }}</label>
          <select id="profile-language" name="language">
            @for (option of languages; track option.code) {
              <option [value]="option.code" [attr.lang]="option.code" [selected]="option.code === user.language">{{ option.name }}</option>
            }
          </select>
          <button type="submit">{{ 'profile.save' | translate }}</button>
        </form>
        <p role="status">{{ detailsSaved() }}</p>
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{{ 'profile.password' | translate }}</h2>
        <vt-problem [problem]="passwordProblem()" />
        <form class="stack" (submit)="changePassword($event)">
          <label for="currentPassword">{{ 'profile.currentPassword' | translate }}</label>
          <input
            id="currentPassword"
            name="currentPassword"
            type="password"
            autocomplete="current-password"
            required
            [attr.aria-invalid]="!!passwordProblem()?.fieldError('currentPassword')"
          />
          <label for="newPassword">{{ 'profile.newPassword' | translate }}</label>
          <input
            id="newPassword"
            name="newPassword"
            type="password"
            autocomplete="new-password"
            minlength="10"
            required
            aria-describedby="new-password-hint"
            [attr.aria-invalid]="!!passwordProblem()?.fieldError('newPassword')"
          />
          <p id="new-password-hint" class="hint">{{ 'auth.passwordHint' | translate }}</p>
          <button type="submit">{{ 'profile.changePassword' | translate }}</button>
        </form>
        <p role="status">{{ passwordSaved() }}</p>
      </section>
    }
  `,
})
export class ProfilePage {
  protected readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly languages = LANGUAGE_NAMES;
  protected readonly detailsProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly passwordProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly detailsSaved = signal('');
  protected readonly passwordSaved = signal('');

  protected async saveDetails(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const language = String(form.get('language'));
    this.detailsProblem.set(undefined);
    this.detailsSaved.set('');
    try {
      const user = await this.auth.update({
        displayName: String(form.get('displayName') ?? '').trim(),
        ...(isLanguage(language) ? { language } : {}),
      });
      await this.language.use(user.language);
      this.detailsSaved.set(this.translate.instant('profile.saved'));
    } catch (error) {
      this.detailsProblem.set(asProblem(error));
    }
  }

  protected async changePassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    this.passwordProblem.set(undefined);
    this.passwordSaved.set('');
    try {
      await this.auth.changePassword(String(form.get('currentPassword')), String(form.get('newPassword')));
      formElement.reset();
      this.passwordSaved.set(this.translate.instant('profile.passwordChanged'));
    } catch (error) {
      this.passwordProblem.set(asProblem(error));
    }
  }
}
