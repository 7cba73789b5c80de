import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
