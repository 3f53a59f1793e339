import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../../../../core/http/api-problem';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { CohortsApi } from '../data-access/cohorts.api';
import { cohortChanges, isoToDateInput, type Cohort } from '../models/cohort.models';

/**
 * Edits a cohort's details (PATCH /trainer/cohorts/:id): name, organisation, country and dates.
 * The course cannot change; a new due date applies to learners enrolled from now on (one learner's
 * date moves with Extend). Emptying a date removes it.
 */
@Component({
  selector: 'vt-cohort-edit',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = cohort();
    <details>
      <summary data-testid="edit-cohort">{{ 'trainer.cohorts.edit' | translate }}</summary>
      <vt-problem [problem]="problem()" heading="trainer.cohorts.editFailed" />
      <form class="stack" (submit)="save($event)" data-testid="cohort-edit-form">
        <label for="edit-name">{{ 'trainer.cohorts.name' | translate }}</label>
        <input id="edit-name" name="name" required maxlength="200" [value]="c.name" [attr.aria-invalid]="!!problem()?.fieldError('name')" />
        <label for="edit-organisation">{{ 'trainer.cohorts.organisation' | translate }}</label>
        <input id="edit-organisation" name="organisation" maxlength="200" autocomplete="organization" [value]="c.organisation ?? ''" />
        <label for="edit-country">{{ 'trainer.cohorts.countryCode' | translate }}</label>
        <input
          id="edit-country"
          name="country"
          maxlength="2"
          pattern="[A-Za-z]{2}"
          aria-describedby="edit-country-hint"
          [value]="c.country ?? ''"
          [attr.aria-invalid]="!!problem()?.fieldError('country')"
        />
        <p id="edit-country-hint" class="hint">{{ 'trainer.cohorts.countryHint' | translate }}</p>
        <label for="edit-starts">{{ 'trainer.cohorts.startsAt' | translate }}</label>
        <input id="edit-starts" name="startsAt" type="date" [value]="day(c.startsAt)" />
        <label for="edit-ends">{{ 'trainer.cohorts.endsAt' | translate }}</label>
        <input id="edit-ends" name="endsAt" type="date" [value]="day(c.endsAt)" [attr.aria-invalid]="!!problem()?.fieldError('endsAt')" />
        <label for="edit-due">{{ 'trainer.cohorts.dueAt' | translate }}</label>
        <input id="edit-due" name="dueAt" type="date" aria-describedby="edit-due-hint" [value]="day(c.dueAt)" />
        <p id="edit-due-hint" class="hint">{{ 'trainer.cohorts.editDueHint' | translate }}</p>
        <button type="submit" [disabled]="busy()" data-testid="save-cohort">{{ 'trainer.cohorts.editSave' | translate }}</button>
      </form>
      @if (done()) {
        <p role="status">{{ 'trainer.cohorts.edited' | translate }}</p>
      }
    </details>
  `,
  styles: `
    details {
      margin-block: 1rem;
    }
    form {
      max-inline-size: 30rem;
    }
  `,
})
export class CohortEdit {
  private readonly api = inject(CohortsApi);
  readonly cohort = input.required<Cohort>();
  readonly saved = output<Cohort>();
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);

  protected day(iso: string | undefined): string {
    return isoToDateInput(iso);
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.busy.set(true);
    this.done.set(false);
    this.problem.set(undefined);
    try {
      this.saved.emit(
        await this.api.patchCohort(
          this.cohort().id,
          cohortChanges((name) => String(form.get(name) ?? '')),
        ),
      );
      this.done.set(true);
    } catch (error) {
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
