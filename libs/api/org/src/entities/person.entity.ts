import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * Someone who works, worked or will work for the municipality. Where they work, and when,
 * is in their employments; a person without a current employment is outside every population.
 * No personal identity number is stored: the work does not need it.
 */
@Entity({ name: 'person' })
@Index('UQ_person_email', ['tenantId', 'email'], { unique: true })
@Index('UQ_person_external_id', ['tenantId', 'externalId'], { unique: true })
export class Person extends TenantOwned {
  /** The identity system's id (Entra ID object id, SCIM id); null until one is linked. */
  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId!: string | null;

  /** Stored lower-case so that uniqueness ignores case. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 5, default: 'sv' })
  locale!: string;

  /** Whether the identity system lets them sign in; employment history is separate. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The HR system's employee number (SCIM enterprise `employeeNumber`); a search key, never required. */
  @Column({ name: 'employee_number', type: 'varchar', length: 100, nullable: true })
  employeeNumber!: string | null;

  /** Their manager (SCIM enterprise `manager`), for "my team" views; null when none is known. */
  @Index('IDX_person_manager')
  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: Person;

  /**
   * When the identity system deleted them (SCIM DELETE). The row and its history stay; SCIM no
   * longer sees them, and a later create with the same address brings the same person back.
   */
  @Column({ name: 'deprovisioned_at', type: 'timestamptz', nullable: true })
  deprovisionedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
