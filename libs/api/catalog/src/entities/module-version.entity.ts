import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import type {
  ChangeSignificance,
  CompletionRequirement,
  ModuleLanguage,
  PartOrder,
  VersionStatus,
} from '@larnav/shared/catalog';
import { TrainingModule } from './training-module.entity';

/** What changed from the version before, worked out when the version is published. */
export interface VersionChanges {
  titleChanged: boolean;
  lessonsAdded: string[];
  lessonsRemoved: string[];
  lessonsChanged: string[];
  lessonsMoved: boolean;
}

/**
 * One version of a module's content. A draft is edited; publishing freezes it, and a trigger
 * in PostgreSQL refuses any later change to it or its lessons but retiring it, so a completion
 * always points at exactly what the person took.
 */
@Entity({ name: 'module_version' })
@Index('UQ_module_version_number', ['moduleId', 'number'], { unique: true })
// At most one draft per module: two trainers work on the same draft, never on two.
@Index('UQ_module_version_one_draft', ['moduleId'], { unique: true, where: `"status" = 'draft'` })
@Check(
  'CHK_module_version_published',
  `"status" = 'draft' OR ("published_at" IS NOT NULL AND "significance" IS NOT NULL)`,
)
// An order between parts means something only when both parts are required.
@Check('CHK_module_version_part_order', `"part_order" = 'any' OR "completion_requirement" = 'both'`)
export class ModuleVersion extends TenantOwned {
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => TrainingModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModule;

  /** 1, 2, 3 … in the order drafts were opened. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: VersionStatus;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** In English too, for the region's English-speaking staff and the English UI; optional. */
  @Column({ name: 'title_en', type: 'varchar', length: 200, nullable: true })
  titleEn!: string | null;

  @Column({ name: 'summary_en', type: 'text', nullable: true })
  summaryEn!: string | null;

  @Column({ type: 'varchar', length: 5 })
  language!: ModuleLanguage;

  @Column({ name: 'estimated_minutes', type: 'int' })
  estimatedMinutes!: number;

  @Column({ name: 'cover_media_id', type: 'uuid', nullable: true })
  coverMediaId!: string | null;

  /**
   * Which parts complete this version (set in the draft, frozen with it). 'either' for every
   * version published before blended modules: lessons passed or a session attended, as then.
   */
  @Column({ name: 'completion_requirement', type: 'varchar', length: 20, default: 'either' })
  completionRequirement!: CompletionRequirement;

  @Column({ name: 'part_order', type: 'varchar', length: 20, default: 'any' })
  partOrder!: PartOrder;

  /** Raised by every save of a draft; a save that names an older one is refused (optimistic concurrency). */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  significance!: ChangeSignificance | null;

  @Column({ type: 'jsonb', nullable: true })
  changes!: VersionChanges | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
