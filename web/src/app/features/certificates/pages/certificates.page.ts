import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { RouterLink } from '@angular/router';
import type { Certificate, Enrolment } from '../../../core/models/api.models';
import { MissingSteps } from '../../learning/components/missing-steps';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';

@Component({
  selector: 'vt-certificates-page',
  imports: [TranslatePipe, ProblemMessage, RouterLink, MissingSteps],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.certificates' | translate }}</h1>
    <p role="status" aria-live="polite">{{ copied() }}</p>
    @if (certificates.hasValue()) {
      @if (certificates.value().length === 0) {
        <p>{{ 'certificates.none' | translate }}</p>
      }
      <ul class="cards" role="list">
        @for (c of certificates.value(); track c.code) {
          <li class="card">
            <h2>{{ c.courseTitle }}</h2>
            <p>
              {{ 'certificates.issued' | translate: { date: language.formatDate(c.issuedAt) } }}
              @if (c.expiresAt) {
                · {{ 'certificates.expires' | translate: { date: language.formatDate(c.expiresAt) } }}
              }
              @if (c.revoked) {
                · <strong>{{ 'certificates.revoked' | translate }}</strong>
              }
            </p>
            <p data-testid="certificate-code" [attr.data-code]="c.code">{{ 'certificates.code' | translate: { code: c.code } }}</p>
            <p class="actions">
              <a class="button" [href]="pdfUrl(c)" download>{{ 'certificates.download' | translate }}</a>
              <a class="button secondary" [href]="credentialUrl(c)" download data-testid="credential-download">{{
                'certificates.downloadCredential' | translate
              }}</a>
              <button type="button" class="secondary" (click)="copy(c)">{{ 'certificates.copy' | translate }}</button>
            </p>
          </li>
        }
      </ul>
      @if (incomplete().length > 0) {
        <section aria-labelledby="h-incomplete">
          <h2 id="h-incomplete">{{ 'completion.onTheWay' | translate }}</h2>
          <ul class="cards" role="list">
            @for (e of incomplete(); track e.id) {
              <li class="card" data-testid="incomplete-course">
                <h3>
                  <a [routerLink]="['/courses', e.courseId]" dir="auto">{{ e.courseTitle }}</a>
                </h3>
                <vt-missing-steps [enrolment]="e" />
              </li>
            }
          </ul>
        </section>
      }
    } @else if (certificates.error()) {
      <vt-problem [problem]="problem()" />
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .card h2,
    .card h3 {
      margin-block-start: 0;
      font-size: 1.1rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class CertificatesPage {
  protected readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly certificates = httpResource<Certificate[]>(() => '/api/certificates/me');
  /** Courses under way: what each still needs before its certificate (a failed read just leaves this out). */
  private readonly enrolments = httpResource<Enrolment[]>(() => '/api/enrolments/me');
  protected readonly incomplete = computed(() => (this.enrolments.value() ?? []).filter((e) => !e.completedAt && (e.lastSeq > 0 || e.attemptsUsed > 0)));
  protected readonly problem = computed(() => (this.certificates.error() ? asProblem(this.certificates.error()) : undefined));
  protected readonly copied = signal('');

  protected pdfUrl(c: Certificate): string {
    return `/api/certificates/${encodeURIComponent(c.code)}/pdf`;
  }

  /** The same certificate as an Open Badges 3.0 credential (JSON), for a wallet or another LMS. */
  protected credentialUrl(c: Certificate): string {
    return `/api/certificates/${encodeURIComponent(c.code)}/credential`;
  }

  protected async copy(c: Certificate): Promise<void> {
    try {
      await navigator.clipboard.writeText(c.verifyUrl);
      this.copied.set(this.translate.instant('certificates.copied'));
    } catch {
      // No clipboard (insecure context or refused permission): show the link so it can be copied by hand.
      this.copied.set(this.translate.instant('certificates.copyFailed', { url: c.verifyUrl }));
    }
  }
}
