import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Server-side sessions (connect-pg-simple's table), so any API replica serves any request.
 * Not tenant-owned: a session is read before the tenant is checked against it.
 */
@Entity({ name: 'session' })
@Index('IDX_session_expire', ['expire'])
export class SessionRecord {
  @PrimaryColumn({ type: 'varchar' })
  sid!: string;

  /** Indexed by an expression in a migration, which TypeORM cannot describe: leave it alone. */
  @Index('IDX_session_person', { synchronize: false })
  @Column({ type: 'json' })
  sess!: object;

  @Column({ type: 'timestamp', precision: 6 })
  expire!: Date;
}
