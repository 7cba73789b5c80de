import { EmploymentService, OrgUnitService } from '@larnav/api/org';
import { UnitSpec } from './org-structure';
import { Timeline } from './turnover';

export interface OrgServices {
  units: OrgUnitService;
  employments: EmploymentService;
}

/**
 * Writes a municipality's tree and history through the organisation services, so the demo data
 * obeys exactly the rules that the API enforces. Runs inside the caller's tenant transaction.
 *
 * Measured, not batched: Stenungsund takes about 1,650 statements, 1.5–2.5 s on PostgreSQL 15
 * and on the embedded 18 (fsync on), once per data directory. Inserting the rows directly
 * would save a second or two but would stop testing the rules on every demo start.
 */
export async function writeMunicipality(org: UnitSpec, timeline: Timeline, services: OrgServices): Promise<void> {
  const unitIds = new Map<string, string>();
  const root = await services.units.createRoot(org.name, org.code);
  unitIds.set(org.code, root.id);
  const createChildren = async (parent: UnitSpec) => {
    for (const child of parent.children ?? []) {
      const parentId = unitId(unitIds, parent.code);
      const unit = await services.units.create({ parentId, name: child.name, code: child.code });
      unitIds.set(child.code, unit.id);
      await createChildren(child);
    }
  };
  await createChildren(org);

  const personIds: string[] = [];
  const personId = (index: number) => {
    const id = personIds[index];
    if (!id) throw new Error(`Demo timeline: person ${index} is used before being hired`);
    return id;
  };
  for (const event of timeline.events) {
    switch (event.kind) {
      case 'hire': {
        const { name, email } = timeline.people[event.person];
        const { person } = await services.employments.hire({
          name,
          email,
          employment: { orgUnitId: unitId(unitIds, event.unitCode), jobRole: event.jobRole, startDate: event.date },
        });
        personIds[event.person] = person.id;
        break;
      }
      case 'second-post':
      case 'rehire':
        await services.employments.addEmployment(personId(event.person), {
          orgUnitId: unitId(unitIds, event.unitCode),
          jobRole: event.jobRole,
          startDate: event.date,
          endDate: event.kind === 'second-post' ? event.endDate : undefined,
        });
        break;
      case 'transfer':
        await services.employments.transfer(personId(event.person), {
          toOrgUnitId: unitId(unitIds, event.toUnitCode),
          date: event.date,
        });
        break;
      case 'leave':
        await services.employments.leave(personId(event.person), { lastDay: event.date });
        break;
    }
  }
}

function unitId(unitIds: Map<string, string>, code: string): string {
  const id = unitIds.get(code);
  if (!id) throw new Error(`Demo timeline: no unit with code ${code}`);
  return id;
}
