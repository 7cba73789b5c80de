import { type RichTextError, validateRichText } from '@larnav/shared/rich-text';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/** Enough to act on without drowning the form; the rest are counted. */
const LISTED = 5;

function describe(errors: RichTextError[], property: string): string {
  const listed = errors.slice(0, LISTED).map((e) => (e.path ? `at ${e.path}: ${e.message}` : e.message));
  const more = errors.length > LISTED ? [`and ${errors.length - LISTED} more problems`] : [];
  return `${property} has content a lesson cannot show. ${[...listed, ...more].join('; ')}`;
}

/**
 * A lesson's rich text as the editor's JSON: only the allowed nodes, marks and link addresses,
 * within the size limits (see @larnav/shared/rich-text). Each problem is named with its place.
 */
export function IsRichText(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRichText',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => validateRichText(value).ok,
        defaultMessage: ({ value, property }: ValidationArguments) => {
          const result = validateRichText(value);
          return result.ok ? '' : describe(result.errors, property);
        },
      },
    });
}
