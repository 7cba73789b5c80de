import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import { Person } from './person.entity';

/**
 * A node of a municipality's organisation: the municipality itself at the root, then
 * förvaltningar, avdelningar and enheter. `path` is the ltree of ids from the root, so a
 * subtree is one indexed `path <@ ancestor` test.
 */
@Entity({ name: 'org_unit' })
@Index('UQ_org_unit_code', ['tenantId', 'code'], { unique: true })
export class OrgUnit extends TenantOwned {
  @Index('IDX_org_unit_parent')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: OrgUnit;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The municipality's own short code for the unit (cost centre or similar), unique per tenant. */
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  @Index('IDX_org_unit_path', { spatial: true })
  @Column({ type: 'ltree' })
  path!: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /**
   * The unit's chef (enhetschef, förvaltningschef), set by an admin. Their team is everyone placed
   * in the unit's whole subtree (TeamService); one chef per unit, as in a municipality's delegation.
   */
  @Index('IDX_org_unit_manager')
  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: Person;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
