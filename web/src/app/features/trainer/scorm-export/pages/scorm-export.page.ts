import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Language } from '@vt/courses';
import { LANGUAGE_NAMES, languageName } from '../../../../shared/language-names';
import { courseOptionsResource } from '../../shared/course-options';
import { ScormPreview } from '../components/scorm-preview';

type Format = 'scorm12' | 'scorm2004';

/**
 * SCORM export: pick a course, a format and one or more languages; each language is one package
 * (the packager builds one language per zip), downloaded straight from the API with the session
 * cookie, and the course folder beside them. The preview plays the chosen package under scorm-again before it goes to a partner.
 */
@Component({
  selector: 'vt-scorm-export-page',
  imports: [TranslatePipe, ScormPreview],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.export' | translate }}</h1>
    <form class="stack wide" (submit)="$event.preventDefault()">
      <label for="x-course">{{ 'trainer.cohorts.course' | translate }}</label>
      <select id="x-course" (change)="courseId.set(value($event))" data-testid="export-course">
        <option value="">{{ 'quiz.choose' | translate }}</option>
        @for (c of courses.value() ?? []; track c.id) {
          <option [value]="c.id">{{ c.title }} ({{ c.id }})</option>
        }
      </select>
      <fieldset>
        <legend>{{ 'trainer.export.format' | translate }}</legend>
        <label class="check"
          ><input type="radio" name="format" value="scorm12" [checked]="format() === 'scorm12'" (change)="format.set('scorm12')" /> SCORM 1.2</label
        >
        <label class="check"
          ><input type="radio" name="format" value="scorm2004" [checked]="format() === 'scorm2004'" (change)="format.set('scorm2004')" /> SCORM 2004 (4th
          ed.)</label
        >
      </fieldset>
      <fieldset>
        <legend>{{ 'trainer.export.languages' | translate }}</legend>
        @for (l of languageNames; track l.code) {
          <label class="check"
            ><input type="checkbox" [value]="l.code" [checked]="languages().includes(l.code)" (change)="toggle(l.code, $event)" />
            <span [attr.lang]="l.code">{{ l.name }}</span></label
          >
        }
      </fieldset>
    </form>

    @if (courseId() && languages().length) {
      <section>
        <h2 id="x-downloads">{{ 'trainer.export.downloads' | translate }}</h2>
        <ul>
          @for (d of downloads(); track d.lang) {
            <li>
              <a [href]="d.href" download [attr.data-testid]="'download-' + d.lang">{{ 'trainer.export.download' | translate: { file: d.file } }}</a>
            </li>
          }
          <li>
            <a [href]="folderHref()" download data-testid="download-folder">{{ 'trainer.export.folder' | translate: { file: courseId() + '.zip' } }}</a>
          </li>
          @if (format() === 'scorm12') {
            @for (d of downloads(); track d.lang) {
              <li>
                <a [href]="reportKeyHref(d.lang)" target="_blank" rel="noopener" [attr.data-testid]="'report-key-' + d.lang">{{
                  'trainer.export.reportKey' | translate: { language: languageName(d.lang) }
                }}</a>
              </li>
            }
          }
        </ul>
        <p class="hint">{{ 'trainer.export.downloadHint' | translate }}</p>
      </section>
      <section>
        <h2 id="x-preview">{{ 'trainer.export.preview' | translate }}</h2>
        <vt-scorm-preview [courseId]="courseId()" [format]="format()" [lang]="languages()[0]" />
      </section>
    } @else {
      <p>{{ 'trainer.export.pick' | translate }}</p>
    }
  `,
  styles: `
    .wide {
      max-inline-size: 40rem;
    }
    fieldset {
      border: 1px solid #b8c0c8;
      border-radius: 4px;
      margin-block: 0.5rem;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      padding-block: 0.25rem;
    }
    a {
      overflow-wrap: anywhere;
    }
  `,
})
export class ScormExportPage {
  protected readonly courses = courseOptionsResource();
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly languageName = languageName;
  protected readonly courseId = signal('');
  protected readonly format = signal<Format>('scorm12');
  protected readonly languages = signal<Language[]>(['en']);
  protected readonly downloads = computed(() =>
    this.languages().map((lang) => ({
      lang,
      // The packager's file name, so what the browser saves matches what the CLI writes.
      file: `${this.courseId()}.${lang}.${this.format()}.zip`,
      href: `/api/trainer/courses/${encodeURIComponent(this.courseId())}/scorm?format=${this.format()}&lang=${lang}`,
    })),
  );

  /** The course folder, laid out like courses/content/<id>/ (YAML + Markdown), for a partner who authors. */
  protected readonly folderHref = computed(() => `/api/trainer/courses/${encodeURIComponent(this.courseId())}/folder`);

  /** SCORM 1.2 reports show options as single characters: the printable key that decodes them. */
  protected reportKeyHref(lang: Language): string {
    return `/api/trainer/courses/${encodeURIComponent(this.courseId())}/report-key?lang=${lang}`;
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected toggle(code: Language, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.languages.update((list) => (on ? LANGUAGE_NAMES.map((l) => l.code).filter((c) => c === code || list.includes(c)) : list.filter((c) => c !== code)));
  }
}
