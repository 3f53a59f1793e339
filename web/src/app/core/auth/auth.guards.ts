import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '../models/api.models';
import { AuthService } from './auth.service';

/** Pages for signed-in learners: others go to sign in, and come back here afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(AuthService).whenKnown();
  return user ? true : router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Sign in and register make no sense when already signed in. */
export const signedOutGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthService).whenKnown();
  return user ? router.createUrlTree(['/learning']) : true;
};

/**
 * Pages for some roles only (the trainer workspace: trainer or admin). Signed-out visitors go to
 * sign in and come back; a signed-in learner without the role goes to their own learning page.
 * The API checks the role again on every call: this guard only spares a page that could not load.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(AuthService).whenKnown();
    if (!user) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    return roles.includes(user.role) ? true : router.createUrlTree(['/learning']);
  };
}
