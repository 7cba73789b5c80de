import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * A certificate (intyg) for a completion. It keeps what is printed on it, so the public
 * verification page can show exactly that and read nothing else of anyone: a declared tenant
 * crossing admits this table, and only this table, to a lookup by code.
 */
@Entity({ name: 'certificate' })
@Index('UQ_certificate_code', ['code'], { unique: true })
@Index('UQ_certificate_completion', ['completionId'], { unique: true })
export class Certificate extends TenantOwned {
  @Column({ name: 'completion_id', type: 'uuid' })
  completionId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  /** Unguessable: 20 characters of Crockford base32, 100 bits. */
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ name: 'person_name', type: 'varchar', length: 200 })
  personName!: string;

  @Column({ name: 'module_title', type: 'varchar', length: 200 })
  moduleTitle!: string;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber!: number;

  @Column({ name: 'municipality_name', type: 'varchar', length: 200 })
  municipalityName!: string;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 500, nullable: true })
  revokedReason!: string | null;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
