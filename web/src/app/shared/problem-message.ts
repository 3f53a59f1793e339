import { ChangeDetectionStrategy, Component, input, type WritableSignal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem } from '../core/http/api-problem';

/** An API failure, announced (role="alert") in the API's own words, with its field errors. */
@Component({
  selector: 'vt-problem',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as p) {
      <div class="problem" role="alert">
        @if (heading()) {
          <p class="heading">{{ heading() | translate }}</p>
        }
        @if (p.offline) {
          <p>{{ 'app.offlineError' | translate }}</p>
        } @else {
          <p>{{ p.detail ?? p.title }}</p>
          @if (p.errors.length) {
            <ul>
              @for (e of p.errors; track e.field) {
                <li>{{ e.message }}</li>
              }
            </ul>
          }
        }
      </div>
    }
  `,
  styles: `
    .problem {
      border-inline-start: 4px solid #b42318;
      background: #fdecea;
      padding: 0.5rem 1rem;
      margin-block: 1rem;
    }
    .heading {
      font-weight: 700;
    }
    p {
      margin: 0.25rem 0;
    }
  `,
})
export class ProblemMessage {
  readonly problem = input<ApiProblem | undefined>();
  /** Translation key of a short summary shown above the message, e.g. "Could not sign in". */
  readonly heading = input<string>();
}

/** Errors caught from awaited calls are ApiProblems thanks to the interceptor; anything else is wrapped. */
export function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem(0, 'unexpected error', error instanceof Error ? error.message : String(error));
}

/**
 * Runs a form's API call with its busy flag up (the submit button disabled) and keeps any
 * failure as the form's problem, so every form reports errors the same way.
 */
export async function submitting(busy: WritableSignal<boolean>, problem: WritableSignal<ApiProblem | undefined>, action: () => Promise<void>): Promise<void> {
  busy.set(true);
  problem.set(undefined);
  try {
    await action();
  } catch (error) {
    problem.set(asProblem(error));
  } finally {
    busy.set(false);
  }
}
