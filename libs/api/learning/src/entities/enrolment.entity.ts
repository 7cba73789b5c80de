import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * A module required of one person, made by a trainer or an admin, until the assignment rules
 * derive requirements by themselves. It carries the due date and the reason a learner reads:
 * "Tilldelad av Karin Sjöberg".
 */
@Entity({ name: 'enrolment' })
@Index('UQ_enrolment_person_module', ['tenantId', 'personId', 'moduleId'], { unique: true })
export class Enrolment extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  /** A calendar date in Europe/Stockholm; null: required, but without a date. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 300 })
  reason!: string;

  @Column({ name: 'enrolled_by', type: 'uuid', nullable: true })
  enrolledBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
