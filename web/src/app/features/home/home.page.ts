import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import type { Certificate, CourseSummary, Enrolment } from '../../core/models/api.models';
import { ProgressQueue } from '../../core/offline/progress-queue.service';
import { TextLanguage } from '../../shared/text-language';
import { continueTarget, dueDates, newCertificates } from './models/home-summary';

/** Courses shown on the signed-out home page; the rest are one link away. */
const SHOWN_COURSES = 4;

/**
 * Home. Signed out: what the platform is, a few courses of the catalogue, register and sign in.
 * Signed in: "Continue" (the lesson or quiz to go back to), due dates and new certificates, each
 * section shown only when it has something to say.
 */
@Component({
  selector: 'vt-home-page',
  imports: [TranslatePipe, RouterLink, TextLanguage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.css',
})
export class HomePage {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  private readonly queue = inject(ProgressQueue);
  protected readonly shown = SHOWN_COURSES;

  protected readonly courses = httpResource<CourseSummary[]>(() =>
    this.auth.signedIn() ? undefined : { url: '/api/courses', params: { lang: this.language.current() } },
  );
  protected readonly enrolments = httpResource<Enrolment[]>(() => (this.auth.signedIn() ? '/api/enrolments/me' : undefined));
  private readonly certificates = httpResource<Certificate[]>(() => (this.auth.signedIn() ? '/api/certificates/me' : undefined));

  protected readonly next = computed(() => continueTarget(this.enrolments.value() ?? [], this.queue.lastActive()));
  protected readonly dues = computed(() => dueDates(this.enrolments.value() ?? []));
  protected readonly fresh = computed(() => newCertificates(this.certificates.value() ?? [], new Date()));

  protected isOverdue(e: Enrolment): boolean {
    return e.status === 'overdue' || Date.parse(e.dueAt ?? '') < Date.now();
  }

  protected pdfUrl(c: Certificate): string {
    return `/api/certificates/${encodeURIComponent(c.code)}/pdf`;
  }
}
