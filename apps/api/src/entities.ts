import { Employment, OrgUnit, Person } from '@larnav/api/org';
import { Tenant } from '@larnav/api/tenancy';

/** Every entity of every business area: the schema the migrations must match. */
export const ENTITIES = [Tenant, OrgUnit, Person, Employment];
