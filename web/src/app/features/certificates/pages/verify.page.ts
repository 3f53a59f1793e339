import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Verification } from '../../../core/models/api.models';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';

/** Public: anyone holding a certificate's link or QR code can check it, without an account. */
@Component({
  selector: 'vt-verify-page',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.verify' | translate }}</h1>
    @if (verification.hasValue()) {
      @let v = verification.value();
      <div class="verdict" [class.valid]="v.status === 'valid'" data-testid="verification" [attr.data-status]="v.status">
        <p class="status">
          <strong>{{ v.status === 'valid' ? '✓' : '✗' }} {{ 'verify.' + v.status | translate }}</strong>
        </p>
        @if (v.learnerName) {
          <p>{{ 'verify.holder' | translate: { name: v.learnerName } }}</p>
        }
        @if (v.courseTitle) {
          <p>{{ 'verify.course' | translate: { title: v.courseTitle } }}</p>
        }
        @if (v.issuedAt) {
          <p>{{ 'verify.issued' | translate: { date: language.formatDate(v.issuedAt) } }}</p>
        }
        @if (v.expiresAt) {
          <p>{{ 'verify.expires' | translate: { date: language.formatDate(v.expiresAt) } }}</p>
        }
      </div>
    } @else if (verification.error()) {
      <vt-problem [problem]="problem()" />
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .verdict {
      border-inline-start: 6px solid #b42318;
      background: #fdecea;
      padding: 0.5rem 1rem;
    }
    .verdict.valid {
      border-color: #1a7f37;
      background: #e6f4ea;
    }
  `,
})
export class VerifyPage {
  protected readonly language = inject(LanguageService);
  readonly code = input.required<string>();
  protected readonly verification = httpResource<Verification>(() => `/api/certificates/verify/${encodeURIComponent(this.code())}`);
  protected readonly problem = computed(() => (this.verification.error() ? asProblem(this.verification.error()) : undefined));
}
