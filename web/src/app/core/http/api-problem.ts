import { HttpErrorResponse } from '@angular/common/http';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every failed API call, normalised from problem+json (docs/api.md). `status` 0 means the request
 * never reached the server (offline or the connection dropped): callers queue or retry on it.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail ?? title);
    this.name = 'ApiProblem';
  }

  get offline(): boolean {
    return this.status === 0;
  }

  fieldError(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

function isFieldErrors(value: unknown): value is FieldError[] {
  return Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && typeof (e as FieldError).field === 'string');
}

export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (!(error instanceof HttpErrorResponse)) return new ApiProblem(0, 'unexpected error', error instanceof Error ? error.message : undefined);
  if (error.status === 0) return new ApiProblem(0, 'offline');
  const body: unknown = error.error;
  if (body && typeof body === 'object') {
    const { title, detail, errors } = body as { title?: unknown; detail?: unknown; errors?: unknown };
    return new ApiProblem(
      error.status,
      typeof title === 'string' ? title : error.statusText,
      typeof detail === 'string' ? detail : undefined,
      isFieldErrors(errors) ? errors : [],
    );
  }
  return new ApiProblem(error.status, error.statusText || 'error');
}
