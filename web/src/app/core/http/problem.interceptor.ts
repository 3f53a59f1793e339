import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { toApiProblem } from './api-problem';

/**
 * Turns every HTTP failure into an `ApiProblem`, so pages show the API's own wording and field
 * errors. A 401 on any call but the session check means the session ended (expired or signed out
 * elsewhere): the auth state is cleared so the guards send the learner to sign in.
 */
export const problemInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  return next(request).pipe(
    catchError((error: unknown) => {
      const problem = toApiProblem(error);
      if (problem.status === 401 && !request.url.startsWith('/api/auth/')) auth.clear();
      return throwError(() => problem);
    }),
  );
};
