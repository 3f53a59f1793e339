import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth/auth.service';
import type { ApiProblem } from '../../../../core/http/api-problem';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { courseOptionsResource } from '../../shared/course-options';
import { AuthoringApi, type TrainerCourse } from '../data-access/authoring.api';

/**
 * Opens a course learners already take (curriculum or the trainer's own) in the builder, to
 * attach questions to it: publishing then makes a new version of that course (decision 0012).
 * Offered: to an admin every course; to a trainer their own (curriculum courses and other
 * trainers' courses are not theirs to change). The API decides again, and its refusal is shown.
 */
@Component({
  selector: 'vt-open-existing',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label for="b-existing">{{ 'trainer.builder.openExisting' | translate }}</label>
    <div class="row">
      <select id="b-existing" aria-describedby="b-existing-hint" data-testid="existing-course" (change)="selected.set($any($event.target).value)">
        <option value="">{{ 'quiz.choose' | translate }}</option>
        @for (c of openable(); track c.id) {
          <option [value]="c.id">{{ c.title }} ({{ c.id }})</option>
        }
      </select>
      <button type="button" class="secondary" (click)="open(selected())" [disabled]="busy() || !selected()" data-testid="open-existing">
        {{ 'trainer.builder.openCourse' | translate }}
      </button>
    </div>
    <p id="b-existing-hint" class="hint">{{ 'trainer.builder.openExistingHint' | translate }}</p>
    <vt-problem [problem]="problem()" heading="trainer.builder.saveFailed" />
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    select {
      max-inline-size: 100%;
    }
  `,
})
export class OpenExisting {
  private readonly api = inject(AuthoringApi);
  private readonly auth = inject(AuthService);
  private readonly courses = courseOptionsResource();
  protected readonly openable = computed(() => {
    const all = this.courses.value() ?? [];
    return this.auth.user()?.role === 'admin' ? all : all.filter((c) => c.source === 'trainer');
  });
  protected readonly selected = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  readonly opened = output<TrainerCourse>();

  protected async open(id: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      this.opened.emit(await this.api.adaptCourse(id));
    } catch (error) {
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
