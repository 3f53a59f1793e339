import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * 503 with Retry-After: the write queue is full, so the request is refused at once instead of
 * waiting until the client times out. Nothing was written; the client may safely retry.
 */
export class OverloadedException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super({ title: 'service unavailable', message: 'The server is busy; nothing was saved. Try again shortly.' }, HttpStatus.SERVICE_UNAVAILABLE);
  }
}
