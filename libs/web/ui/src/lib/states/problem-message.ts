import { useTranslation } from 'react-i18next';

/** What a message needs of a problem: its stable code, and the API's wording as a fallback. */
export interface ProblemLike {
  code: string;
  detail?: string;
}

/**
 * Problems are shown by their stable code in the reader's language; a code this build does not
 * know yet falls back to the API's English `detail`. No problem at all means no answer came.
 */
export function useProblemMessage(): (problem: ProblemLike | undefined) => string {
  const { t } = useTranslation('ui');
  return (problem) => {
    if (!problem) return t('problem.unreachable');
    const fallback = problem.detail || t('problem.codes.internal_error');
    return t(`problem.codes.${problem.code}`, { defaultValue: fallback });
  };
}
