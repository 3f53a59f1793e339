import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A link to the CSV of a table the API already computed: a plain same-origin GET with the session
 * cookie, so the browser downloads it itself (no blob kept in memory, works on slow phones).
 */
@Component({
  selector: 'vt-csv-download',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a class="csv" [href]="href()" download [attr.data-testid]="'csv-' + name()"
    >{{ 'trainer.csv' | translate }}<span class="visually-hidden">: {{ label() }}</span></a
  >`,
  styles: `
    .csv {
      display: inline-block;
      padding-block: 0.5rem;
    }
  `,
})
export class CsvDownload {
  readonly url = input.required<string>();
  readonly params = input<Record<string, string | undefined>>({});
  /** What the table is, read after "Download CSV" so each link is named on its own. */
  readonly label = input.required<string>();
  readonly name = input.required<string>();
  protected readonly href = computed(() => {
    const query = new URLSearchParams({ format: 'csv' });
    for (const [key, value] of Object.entries(this.params())) if (value) query.set(key, value);
    return `${this.url()}?${query}`;
  });
}
