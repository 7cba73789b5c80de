import { problemOf } from '@larnav/web/api-client';
import { fieldErrorsOf, useProblemMessage } from '@larnav/web/ui';

/**
 * What a failed submit says, split the way a form shows it: a message per field it has (its own
 * translated wording where it has one, else the API's), and one summary for the rest.
 */
export function useFormProblem(error: unknown, fieldMessages: Record<string, string>) {
  const problemMessage = useProblemMessage();
  const problem = problemOf(error);
  const apiErrors = fieldErrorsOf(problem);
  const fieldError = (field: string): string | undefined =>
    apiErrors[field] === undefined ? undefined : (fieldMessages[field] ?? apiErrors[field]);
  return {
    fieldError,
    /** For the form's message bar: undefined when the submit has not failed. */
    summary: error ? problemMessage(problem) : undefined,
  };
}
