import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../../../../core/http/api-problem';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { CohortsApi } from '../data-access/cohorts.api';
import type { RosterCommit, RosterPreview } from '../models/cohort.models';

/**
 * Enrol learners from a CSV (pasted or read from a file in the browser): the API's preview lists
 * every row with its errors, and only a file without a single bad row can be committed, so a
 * roster is never half-imported. Editing the text discards the preview.
 */
@Component({
  selector: 'vt-roster-import',
  imports: [TranslatePipe, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="stack wide" (submit)="preview($event)">
      <label for="roster-csv">{{ 'trainer.roster.paste' | translate }}</label>
      <p id="roster-hint" class="hint">{{ 'trainer.roster.hint' | translate }}</p>
      <textarea
        id="roster-csv"
        rows="6"
        aria-describedby="roster-hint"
        [value]="csv()"
        (input)="edit($event)"
        spellcheck="false"
        [attr.aria-invalid]="!!problem()?.fieldError('csv')"
      ></textarea>
      <label for="roster-file">{{ 'trainer.roster.upload' | translate }}</label>
      <input id="roster-file" type="file" accept=".csv,text/csv,text/plain" (change)="upload($event)" />
      <button type="submit" data-testid="roster-preview" [disabled]="busy() || !csv().trim()">{{ 'trainer.roster.preview' | translate }}</button>
    </form>
    <vt-problem [problem]="problem()" heading="trainer.roster.failed" />

    @if (result(); as r) {
      <section data-testid="roster-result" [attr.data-invalid]="r.invalid">
        <h3 id="roster-result" tabindex="-1">{{ 'trainer.roster.summary' | translate: { valid: r.valid, invalid: r.invalid } }}</h3>
        @if (r.invalid > 0) {
          <p class="notice" role="alert">{{ 'trainer.roster.fixFirst' | translate }}</p>
        }
        <div class="scroll" tabindex="0" role="region" aria-labelledby="roster-result">
          <table>
            <thead>
              <tr>
                <th scope="col">{{ 'trainer.roster.line' | translate }}</th>
                <th scope="col">{{ 'trainer.cohorts.name' | translate }}</th>
                <th scope="col">{{ 'trainer.roster.email' | translate }}</th>
                <th scope="col">{{ 'trainer.roster.status' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of r.rows; track row.line) {
                <tr [attr.data-line]="row.line" [class.bad]="row.status === 'error'">
                  <th scope="row">{{ row.line }}</th>
                  <td>{{ row.name }}</td>
                  <td>{{ row.email }}</td>
                  <td>
                    @if (row.status === 'error') {
                      <strong>{{ 'trainer.roster.error' | translate }}</strong>
                      <ul class="errors" data-testid="row-errors">
                        @for (e of row.errors; track e) {
                          <li>{{ e }}</li>
                        }
                      </ul>
                    } @else {
                      {{ 'trainer.roster.' + row.status | translate }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (committed(); as c) {
          <p role="status" data-testid="roster-committed">
            {{ 'trainer.roster.done' | translate: { created: c.created, enrolled: c.enrolled, invited: c.invited } }}
          </p>
        } @else {
          <button type="button" data-testid="roster-commit" (click)="commit()" [disabled]="busy() || r.invalid > 0 || r.valid === 0">
            {{ 'trainer.roster.commit' | translate: { count: r.valid } }}
          </button>
        }
      </section>
    }
  `,
  styles: `
    .wide {
      max-inline-size: 40rem;
    }
    textarea {
      inline-size: 100%;
      font-family: ui-monospace, monospace;
      padding: 0.5rem;
    }
    .scroll {
      overflow-x: auto;
      position: relative;
      margin-block: 0.5rem;
    }
    table {
      border-collapse: collapse;
      min-inline-size: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.35rem 0.5rem;
      border-block-end: 1px solid #d0d7de;
      vertical-align: top;
    }
    tr.bad {
      background: #fdecea;
    }
    .errors {
      margin: 0;
      padding-inline-start: 1.2rem;
    }
  `,
})
export class RosterImport {
  private readonly api = inject(CohortsApi);
  private readonly injector = inject(Injector);
  readonly cohortId = input.required<string>();
  readonly imported = output<RosterCommit>();
  protected readonly csv = signal('name,email\n');
  protected readonly result = signal<RosterPreview | undefined>(undefined);
  protected readonly committed = signal<RosterCommit | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  protected edit(event: Event): void {
    this.csv.set((event.target as HTMLTextAreaElement).value);
    this.result.set(undefined);
    this.committed.set(undefined);
  }

  protected async upload(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.csv.set(await file.text());
    this.result.set(undefined);
    this.committed.set(undefined);
  }

  protected async preview(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.run(async () => {
      this.result.set(await this.api.previewRoster(this.cohortId(), this.csv()));
      this.committed.set(undefined);
      // The preview replaces the form's context: move focus to its summary so it is read out.
      afterNextRender(() => document.getElementById('roster-result')?.focus(), { injector: this.injector });
    });
  }

  protected async commit(): Promise<void> {
    await this.run(async () => {
      const done = await this.api.commitRoster(this.cohortId(), this.csv());
      this.result.set(done);
      this.committed.set(done);
      this.imported.emit(done);
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      await work();
    } catch (error) {
      this.problem.set(asProblem(error));
      this.result.set(undefined);
    } finally {
      this.busy.set(false);
    }
  }
}
