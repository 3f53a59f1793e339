import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from './core/auth/auth.service';
import { isLanguage, LanguageService } from './core/i18n/language.service';
import { NetworkStatus } from './core/layout/network-status';
import { ProgressQueue } from './core/offline/progress-queue.service';
import { LANGUAGE_NAMES } from './shared/language-names';

/** The layout: skip link, navigation, language switcher, sign out, offline notice, <main>. */
@Component({
  selector: 'vt-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip" href="#main" (click)="skipToMain($event)">{{ 'app.skip' | translate }}</a>
    <header class="bar">
      <a routerLink="/" class="brand">VT Academy</a>
      <nav [attr.aria-label]="'app.nav' | translate">
        <ul>
          <li>
            <a routerLink="/courses" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'app.courses' | translate }}</a>
          </li>
          @if (auth.signedIn()) {
            <li>
              <a routerLink="/learning" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'app.learning' | translate }}</a>
            </li>
            <li>
              <a routerLink="/certificates" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'app.certificates' | translate }}</a>
            </li>
            <li>
              <a routerLink="/profile" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'app.profile' | translate }}</a>
            </li>
            @if (isTrainer()) {
              <li>
                <a routerLink="/trainer" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-trainer">{{ 'app.trainer' | translate }}</a>
              </li>
            }
          } @else {
            <li>
              <a routerLink="/sign-in" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'app.signIn' | translate }}</a>
            </li>
            <li>
              <a routerLink="/register" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'app.register' | translate }}</a>
            </li>
          }
        </ul>
      </nav>
      <div class="tools">
        <label>
          <span class="label">{{ 'app.language' | translate }}</span>
          <select data-testid="language-switcher" [value]="language.current()" (change)="chooseLanguage($event)">
            @for (option of languages; track option.code) {
              <option [value]="option.code" [attr.lang]="option.code" [selected]="option.code === language.current()">{{ option.name }}</option>
            }
          </select>
        </label>
        @if (auth.signedIn()) {
          <button type="button" class="link" (click)="signOut()">{{ 'app.signOut' | translate }}</button>
        }
      </div>
    </header>
    @if (!network.online() || queue.pendingCount() > 0) {
      <p class="notice" role="status">
        @if (!network.online()) {
          {{ 'app.offline' | translate }}
        }
        @if (queue.pendingCount() > 0) {
          {{ 'app.pending' | translate: { count: queue.pendingCount() } }}
        }
      </p>
    }
    <main id="main" tabindex="-1"><router-outlet /></main>
  `,
  styles: `
    .skip {
      position: absolute;
      inset-inline-start: 0.5rem;
      inset-block-start: -3rem;
      background: #fff;
      color: var(--vt-brand);
      padding: 0.5rem 1rem;
      z-index: 10;
    }
    .skip:focus {
      inset-block-start: 0.5rem;
    }
    .bar {
      background: var(--vt-brand);
      color: #fff;
      padding: 0.5rem 1rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
    }
    .bar a,
    .bar .link {
      color: #fff;
    }
    .brand {
      font-weight: 700;
      text-decoration: none;
      font-size: 1.125rem;
    }
    nav ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    nav a {
      padding-block: 0.5rem;
      display: inline-block;
    }
    nav a.active {
      font-weight: 700;
      text-decoration-thickness: 3px;
    }
    .tools {
      margin-inline-start: auto;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .tools label {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .tools select {
      min-height: 2.25rem;
    }
    .link {
      background: none;
      border: 0;
      padding: 0.5rem 0;
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .notice {
      margin: 0;
      padding: 0.5rem 1rem;
      background: #fff4d6;
      border-block-end: 2px solid #8a6100;
    }
    main {
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem;
    }
    main:focus {
      outline: none;
    }
  `,
})
export class App {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  protected readonly network = inject(NetworkStatus);
  protected readonly queue = inject(ProgressQueue);
  private readonly router = inject(Router);
  protected readonly languages = LANGUAGE_NAMES;
  /** Only trainers and admins see the workspace link (the route and the API check the role too). */
  protected readonly isTrainer = computed(() => ['trainer', 'admin'].includes(this.auth.user()?.role ?? ''));

  protected async chooseLanguage(event: Event): Promise<void> {
    const code = (event.target as HTMLSelectElement).value;
    if (!isLanguage(code)) return;
    await this.language.use(code);
    // A signed-in learner's language is also their account's: course content follows it.
    if (this.auth.signedIn()) await this.auth.update({ language: code }).catch(() => undefined);
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut().catch(() => undefined);
    await this.router.navigateByUrl('/');
  }

  /** Fragment links do not move focus in an Angular app; move it ourselves. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    const main = document.getElementById('main');
    (main?.querySelector('h1') as HTMLElement | null)?.setAttribute('tabindex', '-1');
    ((main?.querySelector('h1') as HTMLElement | null) ?? main)?.focus();
  }
}
