import type { Translations } from './translations';

/** Every leaf key of a resource as a dotted path ('problem.codes.not_found'). */
export function translationKeys(resource: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? translationKeys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** Keys one language has and another lacks; empty when the translation is complete. */
export function missingTranslations(translations: Translations): string[] {
  const sv = new Set(translationKeys(translations.sv));
  const en = new Set(translationKeys(translations.en));
  return [
    ...[...sv].filter((key) => !en.has(key)).map((key) => `en lacks ${key}`),
    ...[...en].filter((key) => !sv.has(key)).map((key) => `sv lacks ${key}`),
  ];
}
