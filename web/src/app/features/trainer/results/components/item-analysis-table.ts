import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { percent, signedIndex, type ItemAnalysis } from '../models/report.models';

/**
 * Item analysis, one row per question: facility, discrimination, and each option's choice rate
 * (the correct one marked in words, not colour). Questions with fewer than 20 attempts say
 * "uncertain" in text and carry a symbol, so the warning does not depend on colour or on sight.
 */
@Component({
  selector: 'vt-item-analysis-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = analysis();
    <p>{{ 'trainer.items.attempts' | translate: { count: a.attempts } }}</p>
    @if (a.questions.length === 0) {
      <p>{{ 'trainer.items.none' | translate }}</p>
    } @else {
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="'trainer.items.title' | translate">
        <table data-testid="item-analysis">
          <caption class="visually-hidden">
            {{
              'trainer.items.title' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'trainer.items.question' | translate }}</th>
              <th scope="col">{{ 'trainer.items.answers' | translate }}</th>
              <th scope="col">
                <abbr [title]="'trainer.items.facilityHelp' | translate">{{ 'trainer.items.facility' | translate }}</abbr>
              </th>
              <th scope="col">
                <abbr [title]="'trainer.items.discriminationHelp' | translate">{{ 'trainer.items.discrimination' | translate }}</abbr>
              </th>
              <th scope="col">{{ 'trainer.items.distractors' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (q of a.questions; track q.questionId) {
              <tr [attr.data-question]="q.questionId" [attr.data-uncertain]="q.uncertain">
                <th scope="row">
                  <code>{{ q.questionId }}</code><span class="hint">{{ 'trainer.types.' + q.type | translate }}</span>
                  @if (q.uncertain) {
                    <span class="uncertain" data-testid="uncertain"><span aria-hidden="true">⚠ </span>{{ 'trainer.items.uncertain' | translate }}</span>
                  }
                </th>
                <td>{{ q.attempts }}</td>
                <td>{{ pct(q.facility) }}</td>
                <td>{{ index(q.discrimination) }}</td>
                <td>
                  @if (q.distractors?.length) {
                    <ul class="options">
                      @for (d of q.distractors; track d.optionId) {
                        <li>
                          <code>{{ d.optionId }}</code> {{ pct(d.rate) }}
                          @if (d.correct) {
                            <strong> ({{ 'trainer.items.key' | translate }})</strong>
                          }
                        </li>
                      }
                    </ul>
                  } @else {
                    —
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="hint">{{ 'trainer.items.legend' | translate }}</p>
    }
  `,
  styles: `
    .scroll {
      overflow-x: auto;
      position: relative;
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
    th[scope='row'] {
      font-weight: 400;
    }
    th .hint,
    .uncertain {
      display: block;
    }
    .uncertain {
      font-weight: 700;
      color: #7a4b00;
    }
    .options {
      list-style: none;
      margin: 0;
      padding: 0;
    }
  `,
})
export class ItemAnalysisTable {
  readonly analysis = input.required<ItemAnalysis>();
  protected readonly pct = percent;
  protected readonly index = signedIndex;
}
