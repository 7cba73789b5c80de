import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A municipality. The root of its own organisation tree and the owner of its people,
 * sign-in settings, tokens, rules and private modules. This registry itself is not
 * tenant-owned: finding the tenant for a request has to happen before a tenant is known.
 */
@Entity({ name: 'tenant' })
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short, URL-safe name, e.g. `stenungsund`. */
  @Index('UQ_tenant_slug', { unique: true })
  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The municipality's own Lärnav addresses (e.g. `larnav.stenungsund.se`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  hostnames!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
