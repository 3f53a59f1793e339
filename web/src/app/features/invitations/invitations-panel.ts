import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ProblemMessage, submitting } from '../../shared/problem-message';

/** GET /api/invitations/me: a trainer asked this learner to join a cohort (docs/api.md, `Invitation`). */
export interface Invitation {
  cohortId: string;
  cohortName: string;
  courseId: string;
  courseTitle: string;
  trainerName: string;
  invitedAt: string;
}

/**
 * The learner's pending invitations to cohorts, each with Accept and Decline. Until the learner
 * accepts, the inviting trainer sees nothing of them (docs/decisions/0014). Shows nothing at all
 * when there is no invitation.
 */
@Component({
  selector: 'vt-invitations-panel',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (invitations.hasValue() && invitations.value().length > 0) {
      <section class="invitations" aria-labelledby="h-invitations" data-testid="invitations">
        <h2 id="h-invitations">{{ 'invitations.title' | translate }}</h2>
        <p>{{ 'invitations.explain' | translate }}</p>
        <ul>
          @for (i of invitations.value(); track i.cohortId) {
            <li [attr.data-cohort]="i.cohortId">
              <p>
                {{ 'invitations.invite' | translate: { trainer: i.trainerName, cohort: i.cohortName, course: i.courseTitle } }}
                <small>· {{ language.formatDate(i.invitedAt) }}</small>
              </p>
              <button type="button" data-testid="invitation-accept" [disabled]="busy()" (click)="answer(i, 'accept')">
                {{ 'invitations.accept' | translate }}
              </button>
              <button type="button" class="secondary" data-testid="invitation-decline" [disabled]="busy()" (click)="answer(i, 'decline')">
                {{ 'invitations.decline' | translate }}
              </button>
            </li>
          }
        </ul>
        <vt-problem [problem]="problem()" heading="invitations.failed" />
      </section>
    }
    @if (answered(); as message) {
      <p role="status">{{ message | translate }}</p>
    }
  `,
  styles: `
    .invitations {
      border: 1px solid #c8d3e0;
      border-radius: 4px;
      padding: 0.5rem 1rem;
      margin-block: 1rem;
    }
    ul {
      list-style: none;
      padding: 0;
    }
    li + li {
      margin-block-start: 1rem;
    }
    button + button {
      margin-inline-start: 0.5rem;
    }
  `,
})
export class InvitationsPanel {
  private readonly http = inject(HttpClient);
  protected readonly language = inject(LanguageService);
  protected readonly invitations = httpResource<Invitation[]>(() => '/api/invitations/me');
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly answered = signal<string | undefined>(undefined);
  /** Emitted after an invitation was accepted: the learner's enrolments may have changed. */
  readonly joined = output<void>();

  protected async answer(invitation: Invitation, choice: 'accept' | 'decline'): Promise<void> {
    await submitting(this.busy, this.problem, async () => {
      await firstValueFrom(this.http.post(`/api/invitations/${invitation.cohortId}/${choice}`, {}));
      this.answered.set(choice === 'accept' ? 'invitations.accepted' : 'invitations.declined');
      this.invitations.reload();
      if (choice === 'accept') this.joined.emit();
    });
  }
}
