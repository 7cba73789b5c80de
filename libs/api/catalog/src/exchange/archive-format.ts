import { z } from 'zod';
import { CATALOG_LIMITS, Lesson, MODULE_LANGUAGES, ModuleLanguage } from '@larnav/shared/catalog';

/**
 * A module as one ZIP, for municipalities on other installations (docs/module-archive.md):
 * `module.json` (front matter and lessons), `media.json` (what each file is) and
 * `media/<mediaId>.<ext>` for every file the lessons or the cover use.
 */
export const ARCHIVE_FORMAT = 'larnav-module';
export const ARCHIVE_FORMAT_VERSION = 1;
export const MODULE_JSON = 'module.json';
export const MEDIA_JSON = 'media.json';
export const MEDIA_ENTRY = /^media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z0-9]{1,10})$/;

export const ARCHIVE_LIMITS = {
  /** Lessons can use at most 100 × 50 files; the two JSON files and a folder entry besides. */
  entries: 6000,
  /** A draft's lessons are saved through a 1 MB JSON body; far below this. */
  moduleJsonBytes: 16 * 1024 * 1024,
  mediaJsonBytes: 4 * 1024 * 1024,
} as const;

export const MEDIA_KINDS = ['video', 'image', 'document'] as const;
export type ArchiveMediaKind = (typeof MEDIA_KINDS)[number];

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: typeof ARCHIVE_FORMAT_VERSION;
  exportedAt: string;
  source: { municipality: string; moduleId: string; versionNumber: number };
  module: {
    title: string;
    summary: string;
    language: ModuleLanguage;
    estimatedMinutes: number;
    tags: string[];
    coverMediaId: string | null;
  };
  /** Exactly the shared lesson schema of `@larnav/shared/catalog`. */
  lessons: Lesson[];
}

export interface ArchiveMedia {
  id: string;
  kind: ArchiveMediaKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** Read first: whether the rest of module.json can be understood at all. */
export const formatSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT, { message: `must be "${ARCHIVE_FORMAT}"` }),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION, {
    message: `must be ${ARCHIVE_FORMAT_VERSION}: this installation reads module archives of format version ${ARCHIVE_FORMAT_VERSION}`,
  }),
});

/** module.json but its lessons, which the shared lesson schema checks on their own. */
export const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  source: z.strictObject({
    municipality: z.string().trim().min(1).max(200),
    moduleId: z.uuid(),
    versionNumber: z.int().min(1),
  }),
  module: z.strictObject({
    title: z.string().trim().min(1).max(CATALOG_LIMITS.titleLength),
    summary: z.string().trim().max(CATALOG_LIMITS.summaryLength),
    language: z.enum(MODULE_LANGUAGES),
    estimatedMinutes: z.int().min(1).max(600),
    tags: z.array(z.string().trim().min(1).max(50)).max(20),
    coverMediaId: z.uuid().nullable(),
  }),
  lessons: z.array(z.unknown()),
});

export const mediaListSchema = z
  .array(
    z.strictObject({
      id: z.uuid(),
      kind: z.enum(MEDIA_KINDS),
      fileName: z.string().trim().min(1).max(255),
      contentType: z.string().min(1).max(100),
      sizeBytes: z.int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits'),
    }),
  )
  .max(ARCHIVE_LIMITS.entries);

/** `media/<id>.<ext>`: the extension from the file's real type, so the archive opens by hand too. */
export function mediaEntryName(media: { id: string; fileName: string; contentType: string }): string {
  return `media/${media.id}.${extensionOf(media)}`;
}

function extensionOf(media: { fileName: string; contentType: string }): string {
  const fromName = /\.([A-Za-z0-9]{1,10})$/.exec(media.fileName)?.[1]?.toLowerCase();
  if (fromName) return fromName === 'jpeg' ? 'jpg' : fromName;
  return (
    media.contentType
      .split('/')[1]
      ?.replace(/[^a-z0-9]/g, '')
      .slice(0, 10) || 'bin'
  );
}
