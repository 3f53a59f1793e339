import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { HealthService } from '../../core/health.service';

@Component({
  selector: 'vt-home-page',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>VT Academy</h1>
    <p>{{ 'home.intro' | translate }}</p>
    @if (health(); as h) {
      <p role="status" data-testid="platform-status">
        @if (h.status === 'ok') {
          {{ 'home.online' | translate: { count: h.courses } }}
        } @else {
          {{ 'home.down' | translate }}
        }
      </p>
    } @else {
      <p role="status">{{ 'home.checking' | translate }}</p>
    }
    <p>
      <a routerLink="/courses" class="button">{{ 'home.browse' | translate }}</a>
    </p>
  `,
})
export class HomePage {
  protected readonly health = inject(HealthService).health;
}
