import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import { Person } from './person.entity';

/**
 * Someone the identity system said works in a department that matches no org unit (by code or
 * name). The person is kept unplaced, rather than the request failing (Entra ID would retry it
 * forever), until an admin places them or a later update names a unit that exists.
 */
@Entity({ name: 'placement_need' })
@Index('UQ_placement_need_person', ['tenantId', 'personId'], { unique: true })
export class PlacementNeed extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** The department as the identity system wrote it. */
  @Column({ type: 'varchar', length: 200 })
  department!: string;

  /** Their title as the identity system wrote it, for the employment they get once placed. */
  @Column({ name: 'job_role', type: 'varchar', length: 100, nullable: true })
  jobRole!: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  /** When they were placed; null while the need is open. */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
