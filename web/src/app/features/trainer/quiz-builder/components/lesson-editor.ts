import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentText } from './content-language';
import type { LessonText } from '@vt/courses';

/**
 * One lesson in Markdown with a live preview rendered by the API with the course model's own
 * renderer (the one lessons and SCORM packages use), so what the trainer sees is what learners
 * get. Rendering in the browser with `renderLesson` was measured and rejected: it brings
 * sanitize-html and postcss (~290 kB raw, ~90 kB gzip) and the build then hoists them into the
 * initial bundle. The request waits for a pause in typing (600 ms) so a slow link is not flooded.
 */
@Component({
  selector: 'vt-lesson-editor',
  imports: [TranslatePipe, ContentText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let l = lesson();
    @let p = lessonId();
    <label [for]="p + '-title'">{{ 'trainer.builder.lessonTitle' | translate }}</label>
    <input vtContent [id]="p + '-title'" [value]="l.title" (input)="changed.emit({ title: value($event) })" />
    <label [for]="p + '-objectives'">{{ 'trainer.builder.objectives' | translate }}</label>
    <textarea
      vtContent
      [id]="p + '-objectives'"
      rows="2"
      [attr.aria-describedby]="p + '-objectives-hint'"
      [value]="l.objectives.join('\\n')"
      (input)="changed.emit({ objectives: value($event).split('\\n') })"
    ></textarea>
    <p class="hint" [id]="p + '-objectives-hint'">{{ 'trainer.builder.onePerLine' | translate }}</p>
    <div class="split">
      <div>
        <label [for]="p + '-markdown'">{{ 'trainer.builder.markdown' | translate }}</label>
        <textarea vtContent [id]="p + '-markdown'" rows="12" class="code" [value]="l.markdown" (input)="typed(value($event))"></textarea>
      </div>
      <div>
        <!-- Labelled with the lesson's heading too (the builder's "<lesson id>-h"): one region per lesson, each named apart. -->
        <h4 [id]="p + '-preview'">{{ 'trainer.builder.livePreview' | translate }}</h4>
        <div
          class="body preview"
          role="region"
          [attr.aria-labelledby]="p + '-preview ' + p + '-h'"
          vtContent
          [innerHTML]="preview.value()?.html ?? ''"
          data-testid="lesson-preview"
        ></div>
        @if (preview.error()) {
          <p class="hint">{{ 'trainer.builder.previewUnavailable' | translate }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    textarea {
      inline-size: 100%;
      padding: 0.4rem;
    }
    .code {
      font-family: ui-monospace, monospace;
    }
    .split {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
    .preview {
      background: #fff;
      border: 1px solid #d0d7de;
      padding: 0 1rem;
      min-block-size: 6rem;
      overflow-wrap: anywhere;
    }
    h4 {
      margin: 0 0 0.35rem;
      font-size: 1rem;
      font-weight: 400;
    }
  `,
})
export class LessonEditor {
  readonly lessonId = input.required<string>();
  readonly lesson = input.required<LessonText>();
  readonly changed = output<Partial<LessonText>>();
  private readonly markdown = signal<string | undefined>(undefined);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Sanitised by the model's renderer on the API; Angular's own sanitiser then runs on [innerHTML] too. */
  protected readonly preview = httpResource<{ html: string }>(() => {
    const markdown = this.markdown() ?? this.lesson().markdown;
    return { url: '/api/trainer/lessons/preview', method: 'POST', body: { markdown } };
  });

  protected typed(markdown: string): void {
    this.changed.emit({ markdown });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.markdown.set(markdown), 600);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }
}
