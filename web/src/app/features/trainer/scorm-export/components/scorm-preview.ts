import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { TranslatePipe } from '@ngx-translate/core';

type Format = 'scorm12' | 'scorm2004';
type LmsWindow = Window & { API?: unknown; API_1484_11?: unknown };

/**
 * Plays a package as a partner LMS would: scorm-again (loaded only when a preview starts) is put
 * on this window as `API` or `API_1484_11`, and the package runs in a same-origin iframe served
 * unzipped by the API, where its player finds the API through `window.parent`. What the package
 * reports (status, score) is shown live; nothing is stored.
 */
@Component({
  selector: 'vt-scorm-preview',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="secondary" (click)="start()" data-testid="start-preview">{{ 'trainer.export.play' | translate }}</button>
    @if (src(); as s) {
      <p role="status" data-testid="lms-state" [attr.data-status]="lessonStatus()">
        {{ 'trainer.export.lmsState' | translate: { status: lessonStatus() || '—', score: score() || '—' } }}
      </p>
      <iframe [src]="s" [title]="'trainer.export.frameTitle' | translate" data-testid="scorm-frame"></iframe>
    }
    @if (failed()) {
      <p role="alert">{{ 'trainer.export.previewFailed' | translate }}</p>
    }
  `,
  styles: `
    iframe {
      inline-size: 100%;
      block-size: 32rem;
      border: 1px solid #b8c0c8;
      background: #fff;
    }
  `,
})
export class ScormPreview {
  readonly courseId = input.required<string>();
  readonly format = input.required<Format>();
  readonly lang = input.required<string>();
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly src = signal<SafeResourceUrl | undefined>(undefined);
  protected readonly lessonStatus = signal('');
  protected readonly score = signal('');
  protected readonly failed = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.detach());
  }

  protected async start(): Promise<void> {
    this.failed.set(false);
    this.src.set(undefined);
    try {
      const { Scorm12API, Scorm2004API } = await import('scorm-again');
      const settings = { autocommit: false, logLevel: 5 as const };
      this.detach();
      const win = window as LmsWindow;
      const twelve = this.format() === 'scorm12';
      const api = twelve ? new Scorm12API(settings) : new Scorm2004API(settings);
      const statusElement = twelve ? 'cmi.core.lesson_status' : 'cmi.completion_status';
      const scoreElement = twelve ? 'cmi.core.score.raw' : 'cmi.score.raw';
      api.on(twelve ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element: string, value: string) => {
        if (element === statusElement || element === 'cmi.success_status') this.lessonStatus.set(String(value));
        if (element === scoreElement) this.score.set(String(value));
      });
      if (twelve) win.API = api;
      else win.API_1484_11 = api;
      // The API serves each package unzipped under its own path, same origin (docs/api.md).
      // Built here from our own path and encoded ids only, so trusting it as a resource URL is safe.
      const url = `/api/trainer/courses/${encodeURIComponent(this.courseId())}/scorm/preview/${this.format()}/${encodeURIComponent(this.lang())}/index.html`;
      this.src.set(this.sanitizer.bypassSecurityTrustResourceUrl(url));
    } catch {
      this.failed.set(true);
    }
  }

  private detach(): void {
    const win = window as LmsWindow;
    delete win.API;
    delete win.API_1484_11;
  }
}
