import { Injectable } from '@nestjs/common';
import { CatalogQueries } from '@larnav/api/catalog';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';
import { CompletionRequirement, Lesson, PartOrder, VersionStatus } from '@larnav/shared/catalog';

export interface TakenVersion {
  id: string;
  moduleId: string;
  number: number;
  title: string;
  titleEn: string | null;
  lessons: Lesson[];
  lessonIds: ReadonlySet<string>;
  completionRequirement: CompletionRequirement;
  partOrder: PartOrder;
}

const CACHED = 500;

/**
 * The content of versions learners take. A published or retired version never changes (the
 * database refuses it), so it may be kept in memory: every replica may cache it, and none needs
 * another's. Progress events, arriving often, then cost no content query.
 */
@Injectable()
export class VersionContent {
  private readonly cache = new Map<string, TakenVersion>();

  constructor(private readonly catalog: CatalogQueries) {}

  async get(moduleId: string, versionId: string): Promise<TakenVersion> {
    const cached = this.cache.get(versionId);
    if (cached && cached.moduleId === moduleId) return cached;
    const content = await this.catalog.version(moduleId, versionId);
    if (content.status === VersionStatus.Draft) {
      throw DomainError.notFound(
        ProblemCode.ModuleVersionNotFound,
        'A draft cannot be taken; it is not published yet.',
      );
    }
    const taken: TakenVersion = {
      id: content.id,
      moduleId: content.moduleId,
      number: content.number,
      title: content.title,
      titleEn: content.titleEn,
      lessons: content.lessons,
      lessonIds: new Set(content.lessons.map((l) => l.id)),
      completionRequirement: content.completionRequirement,
      partOrder: content.partOrder,
    };
    if (this.cache.size >= CACHED) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(versionId, taken);
    return taken;
  }

  /** The version learners start now: the published one, of this municipality or shared by the region. */
  async current(moduleId: string): Promise<TakenVersion> {
    const module = await this.catalog.detail(moduleId);
    const published = module.versions.find((v) => v.status === VersionStatus.Published);
    if (!published) {
      throw DomainError.notFound(ProblemCode.ModuleNotFound, `No published module with id ${moduleId}.`);
    }
    return this.get(moduleId, published.id);
  }
}
