import { Check, Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * HR excuses a person from a requirement for a while, with a reason (parental leave, long sick
 * leave). It shows as exempt, not overdue, and never hides what was required.
 */
@Entity({ name: 'exemption' })
@Index('IDX_exemption_person_module', ['tenantId', 'personId', 'moduleId'])
@Check('CHK_exemption_period', `"valid_to" >= "valid_from"`)
export class Exemption extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @Column({ type: 'varchar', length: 300 })
  reason!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** Required: an exemption always ends, and the requirement comes back by itself. */
  @Column({ name: 'valid_to', type: 'date' })
  validTo!: string;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
