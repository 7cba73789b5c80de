import { HttpStatus } from '@nestjs/common';
import { ConstraintProblems } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** What the catalog's database rules mean to a trainer. */
export const CATALOG_CONSTRAINT_PROBLEMS: ConstraintProblems = {
  CHK_module_version_immutable: {
    status: HttpStatus.CONFLICT,
    code: ProblemCode.VersionPublishedImmutable,
    detail: 'A published version never changes. Open a new draft to edit the module.',
  },
  UQ_module_version_one_draft: {
    status: HttpStatus.CONFLICT,
    code: ProblemCode.DraftAlreadyOpen,
    detail: 'The module already has a draft; continue editing that one.',
  },
};
