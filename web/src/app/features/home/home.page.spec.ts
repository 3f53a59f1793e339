import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import type { User } from '../../core/models/api.models';
import { provideTestTranslations } from '../../../testing/translations';
import { HomePage } from './home.page';

const course = (id: string) => ({ id, title: `Course ${id}`, summary: `About ${id}`, language: 'en' });

describe('HomePage', () => {
  let http: HttpTestingController;
  beforeEach(() => localStorage.clear());

  async function render(user: User | null) {
    const auth = { user: signal(user), signedIn: signal(!!user) };
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTestTranslations(), { provide: AuthService, useValue: auth }],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('en'));
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HomePage);
    // Lets the resources issue their requests (whenStable would wait for the pending requests themselves).
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    return fixture;
  }

  it('signed out: says what the platform is, shows some courses with a plural count, and offers register and sign in', async () => {
    const fixture = await render(null);
    http.expectOne((r) => r.url === '/api/courses').flush(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(course));
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelectorAll('[data-testid=home-catalogue] li')).toHaveLength(4);
    expect(page.querySelector('[data-testid=home-all-courses]')?.textContent?.trim()).toBe('See all 9 courses');
    expect(page.querySelector('[data-testid=home-register]')?.getAttribute('href')).toBe('/register');
    expect(page.textContent).not.toContain('(s)');
  });

  it('signed in with nothing started: one empty state with a way on, not empty sections', async () => {
    const fixture = await render({ id: 'u', email: 'a@b.c', displayName: 'Amina', role: 'trainee', language: 'en' });
    http.expectOne('/api/enrolments/me').flush([]);
    http.expectOne('/api/certificates/me').flush([]);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('h1')?.textContent).toContain('Welcome, Amina');
    expect(page.querySelector('[data-testid=no-course]')).not.toBeNull();
    expect(page.querySelectorAll('section')).toHaveLength(1);
  });

  it('signed in: Continue goes to the lesson to go back to, with due dates and new certificates', async () => {
    const fixture = await render({ id: 'u', email: 'a@b.c', displayName: 'Amina', role: 'trainee', language: 'en' });
    http.expectOne('/api/enrolments/me').flush([
      {
        id: 'e1',
        courseId: 'a1',
        courseTitle: 'Foundations',
        status: 'in-progress',
        enrolledAt: '2026-11-01T00:00:00Z',
        dueAt: '2099-01-05T00:00:00Z',
        lessonsCompleted: ['l1', 'l2'],
        totalLessons: 6,
        percent: 33,
        bookmark: 'l3',
        lastSeq: 5,
        attemptsUsed: 0,
        attemptsAllowed: 3,
        quizPassed: false,
        missing: { lessons: [{ id: 'l3', number: 3, title: 'Reading a site' }], quiz: true },
      },
    ]);
    http.expectOne('/api/certificates/me').flush([
      {
        code: 'VT-1',
        courseId: 'b1',
        courseTitle: 'Reconnaissance',
        learnerName: 'Amina',
        issuedAt: new Date().toISOString(),
        verifyUrl: '',
        revoked: false,
      },
    ]);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-testid=continue]')?.textContent).toContain('Lesson 3: Reading a site');
    expect(page.querySelector('[data-testid=continue-link]')?.getAttribute('href')).toBe('/courses/a1/lessons/l3');
    expect(page.querySelector('[data-testid=due-dates]')?.textContent).toContain('Due Jan 5, 2099');
    expect(page.querySelector('[data-testid=new-certificates]')?.textContent).toContain('Reconnaissance');
  });
});
