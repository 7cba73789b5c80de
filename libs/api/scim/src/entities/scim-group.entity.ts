import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Person } from '@larnav/api/org';
import { TenantOwned } from '@larnav/api/tenancy';

/** A group the identity system provisions (an Entra ID security group), kept so membership round-trips. */
@Entity({ name: 'scim_group' })
@Index('UQ_scim_group_external_id', ['tenantId', 'externalId'], { unique: true })
export class ScimGroup extends TenantOwned {
  @Column({ name: 'display_name', type: 'varchar', length: 256 })
  displayName!: string;

  /** The identity system's id for the group (Entra ID object id). */
  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'scim_group_member' })
@Index('UQ_scim_group_member', ['tenantId', 'groupId', 'personId'], { unique: true })
export class ScimGroupMember extends TenantOwned {
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => ScimGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: ScimGroup;

  @Index('IDX_scim_group_member_person')
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
