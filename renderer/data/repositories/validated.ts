// Turns a zod result into its data, or a CodedError naming the first bad field:
// how every repository write refuses bad input before touching the database.
import { CodedError } from '../../../shared/result';

type SafeResult<T> = { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

export function validated<T>(result: SafeResult<T>, code: string): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? null;
  throw new CodedError(code, `${field}: ${issue?.message}`, { field });
}
