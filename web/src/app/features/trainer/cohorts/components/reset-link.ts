import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../../../../core/http/api-problem';
import { LanguageService } from '../../../../core/i18n/language.service';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { CohortsApi, type PasswordResetLink } from '../data-access/cohorts.api';

/**
 * A one-time password link for one learner (POST /api/auth/password-resets): invited learners
 * choose their password through it, and there is no e-mail, so the trainer hands it over. The
 * API refuses (403/404 problem+json) a learner outside the trainer's cohorts; that is shown here.
 */
@Component({
  selector: 'vt-reset-link',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="secondary" (click)="issue()" [disabled]="busy()" data-testid="reset-link">
      {{ 'trainer.cohorts.resetLink' | translate }}<span class="visually-hidden">: {{ name() }}</span>
    </button>
    <vt-problem [problem]="problem()" heading="trainer.cohorts.resetFailed" />
    @if (link(); as l) {
      <div class="link">
        <label [for]="'reset-' + userId()">{{ 'trainer.cohorts.resetUrl' | translate: { name: name() } }}</label>
        <div class="row">
          <input [id]="'reset-' + userId()" readonly [value]="l.url" data-testid="reset-url" (focus)="$any($event.target).select()" />
          <button type="button" class="secondary" (click)="copy(l.url)" data-testid="copy-reset-url">{{ 'trainer.cohorts.copy' | translate }}</button>
        </div>
        <p class="hint">{{ 'trainer.cohorts.resetExpires' | translate: { time: expires() } }}</p>
        <p role="status">{{ copied() ? ('trainer.cohorts.copied' | translate) : '' }}</p>
      </div>
    }
  `,
  styles: `
    .row {
      display: flex;
      gap: 0.25rem;
      flex-wrap: wrap;
    }
    .row input {
      min-inline-size: 12rem;
      flex: 1;
    }
    .link {
      margin-block-start: 0.5rem;
    }
  `,
})
export class ResetLink {
  private readonly api = inject(CohortsApi);
  private readonly language = inject(LanguageService);
  readonly userId = input.required<string>();
  readonly name = input.required<string>();
  protected readonly link = signal<PasswordResetLink | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly copied = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly expires = computed(() => {
    const l = this.link();
    return l ? new Intl.DateTimeFormat(this.language.current(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(l.expiresAt)) : '';
  });

  protected async issue(): Promise<void> {
    this.busy.set(true);
    this.problem.set(undefined);
    this.copied.set(false);
    try {
      this.link.set(await this.api.postPasswordReset(this.userId()));
    } catch (error) {
      this.link.set(undefined);
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** The clipboard needs a secure context; where it is missing the field stays selectable by hand. */
  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied.set(true);
    } catch {
      this.copied.set(false);
    }
  }
}
