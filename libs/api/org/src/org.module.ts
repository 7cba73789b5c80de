import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { EmploymentService } from './employment.service';
import { Employment } from './entities/employment.entity';
import { OrgUnit } from './entities/org-unit.entity';
import { Person } from './entities/person.entity';
import { PlacementNeed } from './entities/placement-need.entity';
import { PlacementNeedsController } from './placement-needs.controller';
import { PlacementService } from './placement.service';
import { HeadCountQueries } from './head-count.queries';
import { OrgUnitController } from './org-unit.controller';
import { OrgUnitService } from './org-unit.service';
import { PeopleController } from './people.controller';
import { PeopleQueries } from './people.queries';
import { PeopleSearchQueries } from './people-search.queries';
import { TeamService } from './team/team.service';
import { UnitManagerService } from './team/unit-manager.service';

export const ORG_ENTITIES = [OrgUnit, Person, Employment, PlacementNeed];

@Module({
  imports: [DbModule, AuditModule],
  controllers: [OrgUnitController, PeopleController, PlacementNeedsController],
  providers: [
    OrgUnitService,
    EmploymentService,
    HeadCountQueries,
    PeopleQueries,
    PeopleSearchQueries,
    PlacementService,
    TeamService,
    UnitManagerService,
  ],
  exports: [OrgUnitService, EmploymentService, PeopleQueries, PlacementService, TeamService],
})
export class OrgModule {}
