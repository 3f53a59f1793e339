import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { HealthService } from '../../core/health.service';

@Component({
  selector: 'vt-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>VT Academy</h1>
    <p>Self-paced training for police and security officers protecting soft targets — places of worship, urban centres, tourist sites and mass events.</p>
    @if (health(); as h) {
      <p role="status" data-testid="platform-status">
        @if (h.status === 'ok') { Platform online · {{ h.courses }} courses available } @else { The platform cannot be reached right now. }
      </p>
    } @else {
      <p role="status">Checking the platform…</p>
    }
  `,
})
export class HomePage {
  protected readonly health = inject(HealthService).health;
}
