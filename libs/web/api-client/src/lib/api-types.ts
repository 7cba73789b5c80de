import type { paths } from '../generated/schema';

// Derived from paths rather than component names, which the API's generator is free to rename.
type JsonOf<Path extends keyof paths> = paths[Path] extends {
  get: { responses: { 200: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

export type Tenant = JsonOf<'/api/tenant'>;
export type OrgTree = JsonOf<'/api/org-units/tree'>;
export type OrgUnitNode = OrgTree['units'][number];
export type UnitPeople = JsonOf<'/api/org-units/{id}/people'>;
export type UnitPerson = UnitPeople['people'][number];
