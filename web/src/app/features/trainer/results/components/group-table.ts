import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { percent, type Disaggregation } from '../models/report.models';

/** Results by self-declared gender or by country; groups under the minimum size say "suppressed" instead of figures. */
@Component({
  selector: 'vt-group-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = data();
    @if (d.groups.length === 0) {
      <p>{{ 'trainer.groups.none' | translate }}</p>
    } @else {
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="'trainer.groups.' + d.by | translate">
        <table [attr.data-testid]="'groups-' + d.by">
          <thead>
            <tr>
              <th scope="col">{{ 'trainer.groups.' + d.by | translate }}</th>
              <th scope="col">{{ 'trainer.groups.learners' | translate }}</th>
              <th scope="col">{{ 'trainer.groups.attempts' | translate }}</th>
              <th scope="col">{{ 'trainer.groups.meanScore' | translate }}</th>
              <th scope="col">{{ 'trainer.groups.passRate' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (g of d.groups; track g.group) {
              <tr [attr.data-group]="g.group" [attr.data-suppressed]="g.suppressed">
                <th scope="row">{{ g.group }}</th>
                @if (g.suppressed) {
                  <td colspan="4">
                    <em>{{ 'trainer.groups.suppressed' | translate: { min: d.minGroupSize } }}</em>
                  </td>
                } @else {
                  <td>{{ g.learners }}</td>
                  <td>{{ g.attempts }}</td>
                  <td>{{ g.meanScore }}%</td>
                  <td>{{ g.passRate === undefined ? '—' : pct(g.passRate) }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
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
    }
    th[scope='row'] {
      font-weight: 400;
    }
  `,
})
export class GroupTable {
  readonly data = input.required<Disaggregation>();
  protected readonly pct = percent;
}
