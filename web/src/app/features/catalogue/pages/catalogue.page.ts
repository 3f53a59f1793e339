import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { TOPICS, type Language } from '@vt/courses';
import { isLanguage, LanguageService } from '../../../core/i18n/language.service';
import { LANGUAGE_NAMES, languageName } from '../../../shared/language-names';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';
import { TextLanguage } from '../../../shared/text-language';
import { getCourses } from '../data-access/catalogue.api';

@Component({
  selector: 'vt-catalogue-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage, TextLanguage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.catalogue' | translate }}</h1>
    <form class="filters" role="search" (submit)="search($event)">
      <div class="field">
        <label for="q">{{ 'catalogue.search' | translate }}</label>
        <input id="q" name="q" type="search" [value]="q() ?? ''" />
      </div>
      <div class="field">
        <label for="topic">{{ 'catalogue.topic' | translate }}</label>
        <select id="topic" name="topic">
          <option value="">{{ 'catalogue.allTopics' | translate }}</option>
          @for (t of topics; track t) {
            <option [value]="t" [selected]="t === topic()">{{ 'topics.' + t | translate }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="lang">{{ 'catalogue.contentLanguage' | translate }}</label>
        <select id="lang" name="lang">
          <option value="">{{ 'catalogue.anyLanguage' | translate }}</option>
          @for (l of languages; track l.code) {
            <option [value]="l.code" [attr.lang]="l.code" [selected]="l.code === lang()">{{ l.name }}</option>
          }
        </select>
      </div>
      <button type="submit">{{ 'catalogue.searchButton' | translate }}</button>
    </form>

    @if (courses.error()) {
      <vt-problem [problem]="problem()" />
    } @else if (courses.hasValue()) {
      <p role="status">{{ 'catalogue.results' | translate: { count: courses.value().length } }}</p>
      @if (courses.value().length === 0) {
        <p>{{ 'catalogue.none' | translate }}</p>
      }
      <ul class="cards">
        @for (c of courses.value(); track c.id) {
          <li class="card" [vtLang]="c.language">
            <h2>
              <a [routerLink]="['/courses', c.id]" [queryParams]="lang() ? { lang: lang() } : {}">{{ c.title }}</a>
            </h2>
            <p>{{ c.summary }}</p>
            <ul class="facts" [vtLang]="language.current()">
              <li>{{ 'topics.' + c.topic | translate }} · {{ 'levels.' + c.level | translate }}</li>
              <li>{{ 'catalogue.duration' | translate: { minutes: language.formatNumber(c.estimatedMinutes) } }}</li>
              <li>{{ 'catalogue.download' | translate: { size: kilobytes(c.downloadBytes) } }}</li>
              <li>{{ 'catalogue.lessons' | translate: { count: c.lessonCount } }}</li>
              <li>{{ 'catalogue.availableIn' | translate: { languages: names(c.languages) } }}</li>
              @if (c.fallback) {
                <li class="notice">{{ 'catalogue.fallback' | translate }}</li>
              }
            </ul>
          </li>
        }
      </ul>
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-inline-size: 10rem;
      flex: 1;
    }
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .card h2 {
      font-size: 1.2rem;
      margin-block: 0 0.5rem;
    }
    .facts {
      padding-inline-start: 1.25rem;
      color: var(--vt-muted);
    }
  `,
})
export class CataloguePage {
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  /** Query parameters: the filters live in the URL so a search can be bookmarked and shared. */
  readonly q = input<string>();
  readonly topic = input<string>();
  readonly lang = input<string>();
  protected readonly topics = TOPICS;
  protected readonly languages = LANGUAGE_NAMES;

  protected readonly courses = getCourses(() => {
    const lang = this.lang();
    return { q: this.q(), topic: this.topic(), lang: isLanguage(lang) ? lang : this.language.current() };
  });
  protected readonly problem = computed(() => (this.courses.error() ? asProblem(this.courses.error()) : undefined));

  protected search(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    void this.router.navigate([], { queryParams: { q: value('q'), topic: value('topic'), lang: value('lang') } });
  }

  protected kilobytes(bytes: number): string {
    return this.language.formatNumber(Math.max(1, Math.round(bytes / 1024)));
  }

  protected names(codes: Language[]): string {
    return codes.map(languageName).join(', ');
  }
}
