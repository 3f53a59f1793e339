import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** The workspace's front door: one link per task, each with a line saying what it is for. */
@Component({
  selector: 'vt-workspace-page',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.trainer' | translate }}</h1>
    <ul class="tasks">
      @for (task of tasks; track task.link) {
        <li class="card">
          <h2>
            <a [routerLink]="task.link" [attr.data-testid]="'task-' + task.key">{{ 'trainer.tasks.' + task.key | translate }}</a>
          </h2>
          <p class="hint">{{ 'trainer.tasks.' + task.key + 'Hint' | translate }}</p>
        </li>
      }
    </ul>
  `,
  styles: `
    .tasks {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 0.25rem;
    }
  `,
})
export class WorkspacePage {
  protected readonly tasks = [
    { key: 'cohorts', link: '/trainer/cohorts' },
    { key: 'results', link: '/trainer/results' },
    { key: 'builder', link: '/trainer/builder' },
    { key: 'export', link: '/trainer/export' },
  ] as const;
}
