// The value every IPC handler and repository write returns instead of throwing.
// `code` is a stable key the UI translates (errors.<code>); `message` is for logs.
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export interface AppError {
  code: string;
  message: string;
  details?: Record<string, string | number | boolean | null>;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: string, message: string, details?: AppError['details']): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** An Error carrying a translatable code, for code paths that must throw (e.g. inside a transaction). */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: AppError['details'],
  ) {
    super(message);
    this.name = 'CodedError';
  }
}
