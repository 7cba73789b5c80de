import type { Problem } from '@larnav/contracts';

/**
 * The API's field-level messages of a validation problem, by field (first message of each). The
 * API words them in English for developers: a form shows its own translated message for a field
 * it knows and falls back to these.
 */
export function fieldErrorsOf(problem: Problem | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, message } of problem?.errors ?? []) {
    // "scopes.0" belongs to the scopes field.
    const name = field.split('.')[0];
    errors[name] ??= message;
  }
  return errors;
}
