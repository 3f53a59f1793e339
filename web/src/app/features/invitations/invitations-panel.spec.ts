import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../../testing/translations';
import { InvitationsPanel, type Invitation } from './invitations-panel';

const INVITATION: Invitation = {
  cohortId: '3f0e6a52-7c55-4d0b-9d8a-6f1d2f1c0a11',
  cohortName: 'Spring intake',
  courseId: 'a1-foundations',
  courseTitle: 'Foundations',
  trainerName: 'Kofi Trainer',
  invitedAt: '2026-03-01T09:00:00.000Z',
};

/** Lets awaited promises settle and the resource issue its request (whenStable would wait for the pending request itself). */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}

describe('InvitationsPanel', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([])), provideHttpClientTesting(), provideTestTranslations()] });
    await firstValueFrom(TestBed.inject(TranslateService).use('en'));
  });

  it('shows nothing without invitations', async () => {
    const fixture = TestBed.createComponent(InvitationsPanel);
    await settle();
    TestBed.inject(HttpTestingController).expectOne('/api/invitations/me').flush([]);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid=invitations]')).toBeNull();
  });

  it('names the trainer, cohort and course, and accepting posts, reloads and tells the page', async () => {
    const fixture = TestBed.createComponent(InvitationsPanel);
    let joined = 0;
    fixture.componentInstance.joined.subscribe(() => joined++);
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.expectOne('/api/invitations/me').flush([INVITATION]);
    await fixture.whenStable();
    const panel: HTMLElement = fixture.nativeElement.querySelector('[data-testid=invitations]');
    expect(panel.textContent).toContain('Kofi Trainer invites you to join “Spring intake” (Foundations).');
    (panel.querySelector('[data-testid=invitation-accept]') as HTMLButtonElement).click();
    const post = http.expectOne(`/api/invitations/${INVITATION.cohortId}/accept`);
    expect(post.request.method).toBe('POST');
    post.flush({});
    await settle();
    http.expectOne('/api/invitations/me').flush([]);
    await fixture.whenStable();
    expect(joined).toBe(1);
    expect(fixture.nativeElement.textContent).toContain('Invitation accepted');
  });

  it('declines without telling the page anything changed', async () => {
    const fixture = TestBed.createComponent(InvitationsPanel);
    let joined = 0;
    fixture.componentInstance.joined.subscribe(() => joined++);
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.expectOne('/api/invitations/me').flush([INVITATION]);
    await fixture.whenStable();
    (fixture.nativeElement.querySelector('[data-testid=invitation-decline]') as HTMLButtonElement).click();
    http.expectOne(`/api/invitations/${INVITATION.cohortId}/decline`).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/invitations/me').flush([]);
    await fixture.whenStable();
    expect(joined).toBe(0);
    expect(fixture.nativeElement.textContent).toContain('Invitation declined.');
  });
});
