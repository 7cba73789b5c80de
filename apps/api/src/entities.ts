import { AUDIT_ENTITIES } from '@larnav/api/audit';
import { CATALOG_ENTITIES } from '@larnav/api/catalog';
import { COMPLIANCE_ENTITIES } from '@larnav/api/compliance';
import { HR_IMPORT_ENTITIES } from '@larnav/api/hr-import';
import { IDENTITY_ENTITIES } from '@larnav/api/identity';
import { LEARNING_ENTITIES } from '@larnav/api/learning';
import { LIVE_SESSIONS_ENTITIES } from '@larnav/api/live-sessions';
import { NOTIFICATIONS_ENTITIES } from '@larnav/api/notifications';
import { ORG_ENTITIES } from '@larnav/api/org';
import { REGIONAL_ENTITIES, REPORTING_ENTITIES } from '@larnav/api/reporting';
import { SCIM_ENTITIES } from '@larnav/api/scim';
import { TENANCY_ENTITIES } from '@larnav/api/tenancy';

/** Every entity of every business area: the schema the migrations must match. */
export const ENTITIES = [
  ...TENANCY_ENTITIES,
  ...ORG_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...AUDIT_ENTITIES,
  ...CATALOG_ENTITIES,
  ...LEARNING_ENTITIES,
  ...COMPLIANCE_ENTITIES,
  ...SCIM_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...HR_IMPORT_ENTITIES,
  ...LIVE_SESSIONS_ENTITIES,
  ...REGIONAL_ENTITIES,
  ...REPORTING_ENTITIES,
];
