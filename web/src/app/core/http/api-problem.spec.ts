import { HttpErrorResponse } from '@angular/common/http';
import { toApiProblem } from './api-problem';

describe('toApiProblem', () => {
  it('keeps the API’s problem+json wording and field errors', () => {
    const problem = toApiProblem(
      new HttpErrorResponse({
        status: 400,
        statusText: 'Bad Request',
        error: {
          type: 'about:blank',
          title: 'bad request',
          status: 400,
          detail: 'Check the form',
          errors: [{ field: 'email', message: 'email must be an email' }],
        },
      }),
    );
    expect(problem.status).toBe(400);
    expect(problem.detail).toBe('Check the form');
    expect(problem.fieldError('email')).toBe('email must be an email');
    expect(problem.fieldError('password')).toBeUndefined();
    expect(problem.offline).toBe(false);
  });

  it('marks a request that never reached the server as offline', () => {
    const problem = toApiProblem(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(problem.offline).toBe(true);
  });

  it('copes with a non-JSON error body', () => {
    const problem = toApiProblem(new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>' }));
    expect(problem).toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });
});
