import type { OrgUnitNode } from '@larnav/web/api-client';
import { branchIds, visibleUnits } from './visible-units';

const unit = (id: string, parentId: string | null, archived = false): OrgUnitNode => ({
  id,
  parentId,
  name: id,
  code: id.toUpperCase(),
  depth: 0,
  archived,
  headCount: 0,
  directHeadCount: 0,
});

// kommun → sbf → bygglov; kommun → gammal (archived) → rest
const units = [
  unit('kommun', null),
  unit('gammal', 'kommun', true),
  unit('rest', 'gammal'),
  unit('sbf', 'kommun'),
  unit('bygglov', 'sbf'),
];

describe('visibleUnits', () => {
  it('hides archived units together with everything below them', () => {
    expect(visibleUnits(units, false).map((u) => u.id)).toEqual(['kommun', 'sbf', 'bygglov']);
  });

  it('shows everything when archived units are asked for', () => {
    expect(visibleUnits(units, true)).toHaveLength(5);
  });
});

describe('branchIds', () => {
  it('names the units that have children', () => {
    expect([...branchIds(visibleUnits(units, false))].sort()).toEqual(['kommun', 'sbf']);
  });
});
