import { HttpStatus } from '@nestjs/common';
import { ProblemCode } from '@larnav/contracts';

/**
 * What a named database constraint means to a person, so a rule PostgreSQL enforces (an
 * exclusion, a unique index) answers with the same clear 4xx as one the code checks.
 */
export interface ConstraintProblem {
  status: HttpStatus;
  code: ProblemCode;
  detail: string;
}

export type ConstraintProblems = Record<string, ConstraintProblem>;
