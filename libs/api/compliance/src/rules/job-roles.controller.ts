import { Controller, Get, Injectable } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt, Permission } from '@larnav/contracts';

export class JobRoleResponse {
  @ApiProperty({ example: 'bygglovshandläggare' }) jobRole!: string;
  @ApiProperty({ description: 'People employed in it today.' }) people!: number;
}

export class JobRoleListResponse {
  @ApiProperty({ type: [JobRoleResponse] }) jobRoles!: JobRoleResponse[];
}

/** The job roles people hold today, as a rule's author picks one: a typo would match nobody. */
@Injectable()
export class JobRoleQueries {
  constructor(private readonly db: TenantDb) {}

  list(now = new Date()): Promise<JobRoleResponse[]> {
    const today = calendarDateAt(now);
    // Rules match job roles ignoring case: spellings that differ only in case are one role here.
    return this.db.transaction((em) =>
      em.query(
        `SELECT min(job_role) AS "jobRole", count(DISTINCT person_id)::int AS people
           FROM employment
          WHERE start_date <= $1 AND (end_date IS NULL OR end_date >= $1)
          GROUP BY lower(job_role)
          ORDER BY lower(job_role)`,
        [today],
      ),
    );
  }
}

@ApiTags('compliance')
@Controller('compliance/job-roles')
export class JobRolesController {
  constructor(private readonly jobRoles: JobRoleQueries) {}

  @Get()
  @RequirePermission(Permission.ComplianceManage)
  @ApiOperation({ summary: "Today's job roles, with how many hold each: what a rule can target" })
  @ApiOkResponse({ type: JobRoleListResponse })
  async list(): Promise<JobRoleListResponse> {
    return { jobRoles: await this.jobRoles.list() };
  }
}
