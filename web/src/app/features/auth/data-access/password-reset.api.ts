import type { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

/** POST /api/auth/password-resets/redeem: sets the password of the link's account (204; 400 for a bad link or a weak password). */
export async function redeemPasswordReset(http: HttpClient, token: string, password: string): Promise<void> {
  await firstValueFrom(http.post<void>('/api/auth/password-resets/redeem', { token, password }));
}
