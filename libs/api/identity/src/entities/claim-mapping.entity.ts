import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * What a claim value from the IdP means here. `unit`: a first sign-in places the person in that
 * org unit (e.g. the Entra group "Bygglov"). `hr-scope`: the person is HR for that unit's subtree.
 */
export type ClaimMappingEffect = 'unit' | 'hr-scope';

@Entity({ name: 'claim_mapping' })
@Index('UQ_claim_mapping', ['tenantId', 'claim', 'value', 'effect', 'orgUnitId'], { unique: true })
export class ClaimMapping extends TenantOwned {
  /** The claim to read, e.g. `groups`, or a custom one such as `department`. */
  @Column({ type: 'varchar', length: 100 })
  claim!: string;

  /** The value to match, e.g. an Entra group object id. */
  @Column({ type: 'varchar', length: 300 })
  value!: string;

  @Column({ type: 'varchar', length: 20 })
  effect!: ClaimMappingEffect;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  /** For `unit`: the job role a person placed this way starts with. */
  @Column({ name: 'job_role', type: 'varchar', length: 100, nullable: true })
  jobRole!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
