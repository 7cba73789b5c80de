import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ProblemCode } from '@larnav/contracts';
import { DomainError } from './domain-error';

/** Deeper than any form or rich text of ours; far shallower than would exhaust the stack. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Characters no text in Lärnav may hold: C0 controls but tab, line feed and carriage return;
 * DEL and the C1 controls; U+FFFE/U+FFFF. PostgreSQL refuses NUL outright, and the rest are
 * invisible, break exports and logs, or hide what a name really says.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Keys that reach an object's prototype instead of the object when copied. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A value still to check, and where it is: its parent and key, so its path is spelled only if needed. */
interface Pending {
  value: unknown;
  parent: Pending | null;
  key: string;
  inArray: boolean;
  depth: number;
}

/** `employment.jobRole`, `tags[1]`: spelled out only for a refusal (every request is checked, issue 8). */
function pathOf(item: Pending, root: string): string {
  if (!item.parent) return root;
  const parent = pathOf(item.parent, root);
  return item.inArray ? `${parent}[${item.key}]` : parent ? `${parent}.${item.key}` : item.key;
}

/** The refusal of `item`, its message worded with the field's path. */
function refuse(item: Pending, root: string, message: (field: string) => string) {
  const field = pathOf(item, root) || '(body)';
  return { field, message: message(field) };
}

function badText(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'contains a broken character (a lone surrogate)';
  if (FORBIDDEN_CHARACTERS.test(text)) return 'contains a control character';
  return null;
}

/** Why a piece of input is refused, with where it is (`employment.jobRole`), or null when fine. */
export function inputProblem(value: unknown, path = ''): { field: string; message: string } | null {
  // Iterative, so that the check itself cannot be driven into a stack overflow.
  const stack: Pending[] = [{ value, parent: null, key: '', inArray: false, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as Pending;
    if (typeof item.value === 'string') {
      const problem = badText(item.value);
      if (problem) return refuse(item, path, (field) => `${field} ${problem}`);
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_INPUT_DEPTH) {
      return refuse(item, path, (field) => `${field} is nested deeper than ${MAX_INPUT_DEPTH} levels`);
    }
    const inArray = Array.isArray(item.value);
    for (const key of Object.keys(item.value)) {
      const child: Pending = {
        value: (item.value as Record<string, unknown>)[key],
        parent: item,
        key,
        inArray,
        depth: item.depth + 1,
      };
      if (PROTOTYPE_KEYS.has(key)) return refuse(child, path, () => `"${key}" is not allowed as a field name`);
      if (badText(key)) return refuse(child, path, (field) => `the field name ${field} contains a control character`);
      stack.push(child);
    }
  }
  return null;
}

/**
 * Express middleware, after the body parsers: refuses a body or query that no endpoint could
 * want (control characters, broken Unicode, prototype keys, absurd nesting) before any DTO,
 * service or database sees it. One rule for every endpoint, present and future.
 */
export function refuseMalformedInput(request: Request, _response: Response, next: NextFunction): void {
  const problem =
    inputProblem(request.query, '') ?? (request.body !== undefined ? inputProblem(request.body, '') : null);
  if (!problem) return next();
  next(new DomainError(HttpStatus.BAD_REQUEST, ProblemCode.ValidationFailed, `${problem.message}.`, [problem]));
}
