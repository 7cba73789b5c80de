import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { Role } from '@larnav/contracts';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * A role held by a person. `idp` grants are rewritten from the claims at every sign-in; `admin`
 * grants are made and revoked in Lärnav. An HR grant names the org unit whose subtree it covers.
 */
export type RoleGrantSource = 'idp' | 'admin';

@Entity({ name: 'role_grant' })
@Index('IDX_role_grant_person', ['tenantId', 'personId'])
export class RoleGrant extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ name: 'org_unit_id', type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  source!: RoleGrantSource;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
