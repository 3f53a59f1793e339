import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';

@Component({
  selector: 'vt-root',
  imports: [RouterOutlet, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="bar">
      <a routerLink="/" class="brand">VT Academy</a>
    </header>
    <main id="main" tabindex="-1"><router-outlet /></main>
  `,
  styles: `
    .bar { background: var(--vt-brand); padding: 0.75rem 1rem; }
    .brand { color: #fff; font-weight: 700; text-decoration: none; font-size: 1.125rem; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  `,
})
export class App {}
