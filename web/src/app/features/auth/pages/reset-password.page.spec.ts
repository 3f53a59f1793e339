import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { provideTestTranslations } from '../../../../testing/translations';
import { ResetPasswordPage } from './reset-password.page';

describe('ResetPasswordPage', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([problemInterceptor])), provideHttpClientTesting(), provideRouter([]), provideTestTranslations()],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('en'));
  });

  async function open(token?: string) {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    if (token !== undefined) fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element };
  }

  async function submit(element: HTMLElement, password: string): Promise<void> {
    (element.querySelector('#password') as HTMLInputElement).value = password;
    element.querySelector('form')?.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await Promise.resolve();
  }

  it('sends the token and the new password, then goes to sign-in with a notice', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const { fixture, element } = await open('tok-123');
    await submit(element, 'a brand new password');
    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/password-resets/redeem');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token: 'tok-123', password: 'a brand new password' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { reset: 'done' } });
  });

  it('shows the API’s answer for a spent link and marks a weak password invalid', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const { fixture, element } = await open('spent');
    await submit(element, 'whatever password');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/password-resets/redeem')
      .flush(
        { status: 400, title: 'bad request', detail: 'This reset link is invalid or has expired.' },
        { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } },
      );
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('This reset link is invalid or has expired.');
    await submit(element, 'short');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/password-resets/redeem')
      .flush(
        {
          status: 400,
          title: 'invalid request',
          detail: 'Some fields are invalid.',
          errors: [{ field: 'password', message: 'must be at least 10 characters' }],
        },
        { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } },
      );
    await fixture.whenStable();
    expect(element.querySelector('#password')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.textContent).toContain('must be at least 10 characters');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('explains a link without a token instead of showing a form', async () => {
    const { element } = await open();
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).toContain('This link is incomplete');
  });
});
