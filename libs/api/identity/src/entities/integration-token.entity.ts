import { Column, CreateDateColumn, Entity } from 'typeorm';
import { Permission } from '@larnav/contracts';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * A machine's credential (SCIM provisioning, reporting). The secret is shown once and only its
 * SHA-256 is kept; a token is looked up by its id, which the presented value carries.
 */
@Entity({ name: 'integration_token' })
export class IntegrationToken extends TenantOwned {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', array: true })
  scopes!: Permission[];

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
