import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { DomainError, OrgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { CreateOrgUnitDto, OrgTreeResponse, OrgUnitResponse, UpdateOrgUnitDto } from './dto/org-unit.dto';
import { OrgUnit } from './entities/org-unit.entity';
import { HeadCountQueries } from './head-count.queries';
import { assertUnitInScope, scopePaths } from './org-scope.queries';
import { unitManager } from './team/unit-manager.service';

/** The organisation tree: create, rename, move and archive units. */
@Injectable()
export class OrgUnitService {
  constructor(
    private readonly db: TenantDb,
    private readonly headCounts: HeadCountQueries,
  ) {}

  /** The municipality itself, the root of its tree. One per tenant. */
  createRoot(name: string, code: string): Promise<OrgUnit> {
    return this.db.transaction(async (em) => {
      if (await em.existsBy(OrgUnit, { parentId: IsNull() })) {
        throw DomainError.conflict(ProblemCode.OrgRootImmutable, 'This municipality already has a root unit.');
      }
      return this.insert(em, { parentId: null, parentPath: null, name, code });
    });
  }

  create(input: CreateOrgUnitDto): Promise<OrgUnit> {
    return this.db.transaction(async (em) => {
      const parent = await this.activeUnit(em, input.parentId);
      return this.insert(em, { parentId: parent.id, parentPath: parent.path, name: input.name, code: input.code });
    });
  }

  update(id: string, input: UpdateOrgUnitDto): Promise<OrgUnit> {
    return this.db.transaction(async (em) => {
      const unit = await this.unit(em, id);
      if (input.name !== undefined) unit.name = input.name;
      if (input.code !== undefined) unit.code = input.code;
      return em.save(unit);
    });
  }

  /** Moves a unit and its whole subtree under another parent; never under itself. */
  move(id: string, newParentId: string): Promise<OrgUnit> {
    return this.db.transaction(async (em) => {
      const unit = await this.unit(em, id);
      if (unit.parentId === null) {
        throw DomainError.unprocessable(ProblemCode.OrgRootImmutable, 'The municipality itself cannot be moved.');
      }
      const parent = await this.activeUnit(em, newParentId);
      if (parent.path === unit.path || parent.path.startsWith(`${unit.path}.`)) {
        throw DomainError.unprocessable(
          ProblemCode.OrgUnitCycle,
          `"${unit.name}" cannot be moved under itself or one of its own sub-units.`,
        );
      }
      // Each path in the subtree keeps its tail from the moved unit down, under the new parent.
      await em.query(
        `UPDATE org_unit SET path = $1::ltree || subpath(path, nlevel($2::ltree) - 1)
          WHERE path <@ $2::ltree`,
        [parent.path, unit.path],
      );
      await em.update(OrgUnit, { id: unit.id }, { parentId: parent.id });
      return this.unit(em, id);
    });
  }

  /**
   * Archives a unit that no longer exists. Its history stays; it can take no new people or
   * sub-units. Refused while sub-units are active or anyone's employment runs on or after today.
   */
  archive(id: string, today: string): Promise<OrgUnit> {
    return this.db.transaction(async (em) => {
      const unit = await this.unit(em, id);
      if (unit.parentId === null) {
        throw DomainError.unprocessable(ProblemCode.OrgRootImmutable, 'The municipality itself cannot be archived.');
      }
      if (unit.archivedAt) return unit;
      const activeChildren = await em.query(
        `SELECT 1 FROM org_unit WHERE parent_id = $1 AND archived_at IS NULL LIMIT 1`,
        [unit.id],
      );
      if (activeChildren.length > 0) {
        throw DomainError.conflict(
          ProblemCode.OrgUnitHasActiveChildren,
          `Archive or move the sub-units of "${unit.name}" first.`,
        );
      }
      const running = await em.query(
        `SELECT 1 FROM employment WHERE org_unit_id = $1 AND (end_date IS NULL OR end_date >= $2) LIMIT 1`,
        [unit.id, today],
      );
      if (running.length > 0) {
        throw DomainError.conflict(
          ProblemCode.OrgUnitHasEmployments,
          `People are still employed in "${unit.name}"; transfer them or end their employments first.`,
        );
      }
      unit.archivedAt = new Date();
      return em.save(unit);
    });
  }

  /** The tree on a date; an HR officer gets only their subtrees (each one's top is a root). */
  tree(at: string, scope: OrgScope): Promise<OrgTreeResponse> {
    return this.db.transaction(async (em) => ({
      at,
      units: await this.headCounts.tree(em, at, await scopePaths(em, scope)),
    }));
  }

  withHeadCount(id: string, at: string, scope: OrgScope) {
    return this.db.transaction(async (em) => {
      const unit = await this.unit(em, id);
      await assertUnitInScope(em, unit.path, scope);
      const { manager } = await unitManager(em, unit.id);
      return { ...toResponse(unit), at, headCount: await this.headCounts.subtree(em, unit.path, at), manager };
    });
  }

  /** A unit of the current tenant, or 404. */
  async unit(em: EntityManager, id: string): Promise<OrgUnit> {
    const unit = await em.findOneBy(OrgUnit, { id });
    if (!unit) throw DomainError.notFound(ProblemCode.OrgUnitNotFound, `No org unit with id ${id}.`);
    return unit;
  }

  /** A unit that can still take people and sub-units. */
  async activeUnit(em: EntityManager, id: string): Promise<OrgUnit> {
    const unit = await this.unit(em, id);
    if (unit.archivedAt) {
      throw DomainError.unprocessable(ProblemCode.OrgUnitArchived, `"${unit.name}" is archived.`);
    }
    return unit;
  }

  private async insert(
    em: EntityManager,
    input: { parentId: string | null; parentPath: string | null; name: string; code: string },
  ): Promise<OrgUnit> {
    const id = randomUUID();
    const label = pathLabel(id);
    const unit = em.create(OrgUnit, {
      id,
      tenantId: this.db.tenantId(),
      parentId: input.parentId,
      name: input.name,
      code: input.code,
      path: input.parentPath ? `${input.parentPath}.${label}` : label,
      archivedAt: null,
    });
    return em.save(unit);
  }
}

/** ltree labels take letters, digits and underscores (PostgreSQL 15), so drop the dashes. */
export function pathLabel(id: string): string {
  return id.replace(/-/g, '');
}

export function toResponse(unit: OrgUnit): OrgUnitResponse {
  return {
    id: unit.id,
    parentId: unit.parentId,
    name: unit.name,
    code: unit.code,
    depth: unit.path.split('.').length - 1,
    archived: unit.archivedAt !== null,
  };
}
