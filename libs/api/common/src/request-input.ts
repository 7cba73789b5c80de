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

/** Why a piece of input is refused, with where it is (`employment.jobRole`), or null when fine. */
export function inputProblem(value: unknown, path = ''): { field: string; message: string } | null {
  // Iterative, so that the check itself cannot be driven into a stack overflow.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: string; depth: number };
    const field = item.path || '(body)';
    if (typeof item.value === 'string') {
      if (LONE_SURROGATE.test(item.value))
        return { field, message: `${field} contains a broken character (a lone surrogate)` };
      if (FORBIDDEN_CHARACTERS.test(item.value)) return { field, message: `${field} contains a control character` };
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_INPUT_DEPTH) {
      return { field, message: `${field} is nested deeper than ${MAX_INPUT_DEPTH} levels` };
    }
    for (const [key, child] of Object.entries(item.value)) {
      const childPath = Array.isArray(item.value) ? `${item.path}[${key}]` : item.path ? `${item.path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return { field: childPath, message: `"${key}" is not allowed as a field name` };
      const keyProblem = inputProblem(key, childPath);
      if (keyProblem) return { field: childPath, message: `the field name ${childPath} contains a control character` };
      stack.push({ value: child, path: childPath, depth: item.depth + 1 });
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
