import { HttpStatus } from '@nestjs/common';
import { ConstraintProblems } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** The organisation rules PostgreSQL enforces, in words a person can act on. */
export const ORG_CONSTRAINT_PROBLEMS: ConstraintProblems = {
  EXCL_employment_overlap: {
    status: HttpStatus.CONFLICT,
    code: ProblemCode.EmploymentOverlap,
    detail: 'The person already has an employment in that unit during those dates.',
  },
  CHK_employment_dates: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    code: ProblemCode.EmploymentEndsBeforeStart,
    detail: 'An employment cannot end before it starts.',
  },
  UQ_person_email: {
    status: HttpStatus.CONFLICT,
    code: ProblemCode.PersonEmailTaken,
    detail: 'Someone in this municipality already has that email address.',
  },
  UQ_person_external_id: {
    status: HttpStatus.CONFLICT,
    code: ProblemCode.PersonEmailTaken,
    detail: 'Someone in this municipality is already linked to that identity.',
  },
  UQ_org_unit_code: {
    status: HttpStatus.CONFLICT,
    code: ProblemCode.OrgUnitCodeTaken,
    detail: 'Another unit in this municipality already has that code.',
  },
};
