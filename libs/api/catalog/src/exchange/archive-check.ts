import { createHash } from 'node:crypto';
import type { Entry } from 'yauzl';
import { z } from 'zod';
import { inputProblem } from '@larnav/api/common';
import { MediaType, recogniseMedia, SNIFF_BYTES, UploadLimits } from '@larnav/api/storage';
import { lessonsSchema } from '@larnav/shared/catalog';
import { isAllowedVideoHost } from '../catalog.options';
import {
  ARCHIVE_LIMITS,
  ArchiveManifest,
  ArchiveMedia,
  formatSchema,
  manifestSchema,
  MEDIA_ENTRY,
  MEDIA_JSON,
  mediaEntryName,
  mediaListSchema,
  MODULE_JSON,
} from './archive-format';
import { ArchiveProblems, lessonPlace, pathText } from './archive-problems';
import { ArchiveEntries, entryStream, printable, readEntry } from './archive-reader';

/** A media file the import will store: what media.json says, where it is, what its bytes are. */
export interface CheckedMedia {
  listed: ArchiveMedia;
  entry: Entry;
  type: MediaType;
}

export interface CheckedArchive {
  manifest: ArchiveManifest;
  media: CheckedMedia[];
}

export interface CheckRules {
  videoHosts: string[];
  uploadLimits: UploadLimits;
}

/** Block types that hold one kind of media only; a file block may offer any kind. */
const KIND_OF_BLOCK: Record<string, ArchiveMedia['kind']> = { video: 'video', image: 'image' };

/**
 * Everything an import needs to know is right before anything is written: the manifest, the
 * lessons against the shared schema, and each media file's presence, size, hash and real type.
 * Returns null with `problems` filled when anything is wrong; every problem names its place.
 */
export async function checkArchive(
  archive: ArchiveEntries,
  rules: CheckRules,
  problems: ArchiveProblems,
): Promise<CheckedArchive | null> {
  const known = new Set([MODULE_JSON, MEDIA_JSON]);
  const { manifest, raw, formatKnown } = await readManifest(archive, rules, problems);
  // An unknown format or version: its other files may be laid out otherwise; that one problem says it.
  if (!formatKnown && raw !== undefined) return null;
  const listed = await readMediaList(archive, problems);
  const mediaEntries = new Map<string, { name: string; entry: Entry }>();
  for (const [name, entry] of archive.files) {
    const id = MEDIA_ENTRY.exec(name)?.[1];
    if (id && !mediaEntries.has(id)) mediaEntries.set(id, { name, entry });
  }
  const checked: CheckedMedia[] = [];
  if (raw !== undefined && listed) {
    // From the raw JSON, so that files are checked too when a lesson is wrong.
    const uses = mediaUses(raw);
    const byId = new Map(listed.map((media) => [media.id, media]));
    for (const [id, place] of uses) {
      if (!byId.has(id)) problems.add(place.field, `uses media ${id}, which media.json does not list`);
    }
    for (const [index, media] of listed.entries()) {
      const found = mediaEntries.get(media.id);
      if (found) known.add(found.name);
      const use = uses.get(media.id);
      if (!use) {
        problems.add(`media.json: [${index}]`, `lists ${media.id}, which no lesson and not the cover uses`);
        continue;
      }
      if (use.kind && use.kind !== media.kind) {
        problems.add(use.field, `uses media ${media.id} as ${use.kind}, but media.json says it is a ${media.kind}`);
      }
      if (!found) {
        problems.add(mediaEntryName(media), 'is listed in media.json but is not in the archive');
        continue;
      }
      const type = await checkMediaFile(archive, found, media, rules.uploadLimits, problems);
      if (type) checked.push({ listed: media, entry: found.entry, type });
    }
  }
  for (const name of archive.files.keys()) {
    if (known.has(name)) continue;
    const id = MEDIA_ENTRY.exec(name)?.[1];
    if (id && !listed) continue;
    problems.add(printable(name), id ? 'is not listed in media.json' : 'is not part of a module archive');
  }
  return problems.any || !manifest ? null : { manifest, media: checked };
}

async function readJson(
  archive: ArchiveEntries,
  name: string,
  maxBytes: number,
  problems: ArchiveProblems,
): Promise<unknown> {
  const entry = archive.files.get(name);
  if (!entry) {
    problems.add(name, 'is missing: a module archive has module.json and media.json at its top');
    return undefined;
  }
  let text: string;
  try {
    text = (await readEntry(archive, entry, maxBytes)).toString('utf8');
  } catch (error) {
    problems.add(name, `cannot be read: ${(error as Error).message}`);
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.add(name, `is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  // The same rule as for every request body: no control characters, prototype keys or deep nesting.
  const bad = inputProblem(value, '');
  if (bad) {
    problems.add(`${name}: ${bad.field}`, bad.message.replace(`${bad.field} `, ''));
    return undefined;
  }
  return value;
}

async function readManifest(
  archive: ArchiveEntries,
  rules: CheckRules,
  problems: ArchiveProblems,
): Promise<{ manifest: ArchiveManifest | null; raw: unknown; formatKnown: boolean }> {
  const value = await readJson(archive, MODULE_JSON, ARCHIVE_LIMITS.moduleJsonBytes, problems);
  if (value === undefined) return { manifest: null, raw: undefined, formatKnown: false };
  const format = formatSchema.safeParse(value);
  if (!format.success) {
    addIssues(problems, format.error, (path) => `${MODULE_JSON}: ${pathText(path) || '(top)'}`);
    return { manifest: null, raw: value, formatKnown: false };
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) addIssues(problems, parsed.error, (path) => `${MODULE_JSON}: ${pathText(path)}`);
  const rawLessons = (value as { lessons?: unknown }).lessons;
  const lessons = lessonsSchema.safeParse(rawLessons);
  if (!lessons.success) addIssues(problems, lessons.error, (path) => lessonPlace(rawLessons, path));
  if (!parsed.success || !lessons.success) return { manifest: null, raw: value, formatKnown: true };
  lessons.data.forEach((lesson, l) =>
    lesson.blocks.forEach((block, b) => {
      if (block.type === 'video' && block.url && !isAllowedVideoHost(block.url, rules.videoHosts)) {
        problems.add(
          lessonPlace(lessons.data, [l, 'blocks', b, 'url']),
          `links to "${new URL(block.url).hostname}"; videos here may link only to ${rules.videoHosts.join(', ') || 'uploaded files'}`,
        );
      }
    }),
  );
  return { manifest: { ...parsed.data, lessons: lessons.data } as ArchiveManifest, raw: value, formatKnown: true };
}

async function readMediaList(archive: ArchiveEntries, problems: ArchiveProblems): Promise<ArchiveMedia[] | null> {
  const value = await readJson(archive, MEDIA_JSON, ARCHIVE_LIMITS.mediaJsonBytes, problems);
  if (value === undefined) return null;
  const parsed = mediaListSchema.safeParse(value);
  if (!parsed.success) {
    addIssues(problems, parsed.error, (path) => `${MEDIA_JSON}: ${pathText(path) || '(top)'}`);
    return null;
  }
  const seen = new Set<string>();
  parsed.data.forEach((media, index) => {
    if (seen.has(media.id)) problems.add(`${MEDIA_JSON}: [${index}].id`, `lists ${media.id} twice`);
    seen.add(media.id);
  });
  return parsed.data;
}

interface MediaUse {
  field: string;
  kind?: ArchiveMedia['kind'];
}

/** Each media id module.json uses, with the first place that uses it; read from the raw JSON, checked or not. */
function mediaUses(raw: unknown): Map<string, MediaUse> {
  const uses = new Map<string, MediaUse>();
  const manifest = raw as { module?: { coverMediaId?: unknown }; lessons?: unknown };
  const cover = manifest.module?.coverMediaId;
  if (typeof cover === 'string') uses.set(cover, { field: `${MODULE_JSON}: module.coverMediaId`, kind: 'image' });
  const lessons = Array.isArray(manifest.lessons) ? manifest.lessons : [];
  lessons.forEach((lesson: { blocks?: unknown } | null, l) => {
    const blocks = Array.isArray(lesson?.blocks) ? lesson.blocks : [];
    blocks.forEach((block: { mediaId?: unknown; type?: unknown } | null, b) => {
      const mediaId = block?.mediaId;
      if (typeof mediaId !== 'string' || uses.has(mediaId)) return;
      uses.set(mediaId, {
        field: lessonPlace(lessons, [l, 'blocks', b, 'mediaId']),
        kind: KIND_OF_BLOCK[String(block?.type)],
      });
    });
  });
  return uses;
}

/** Reads the file once: its size and SHA-256 against media.json, its first bytes for its real type. */
async function checkMediaFile(
  archive: ArchiveEntries,
  found: { name: string; entry: Entry },
  media: ArchiveMedia,
  limits: UploadLimits,
  problems: ArchiveProblems,
): Promise<MediaType | null> {
  const { name, entry } = found;
  const problemsBefore = problems.list.length;
  if (entry.uncompressedSize !== media.sizeBytes) {
    problems.add(name, `has ${entry.uncompressedSize} bytes, but media.json says ${media.sizeBytes}`);
  }
  if (media.sizeBytes > limits[media.kind]) {
    problems.add(name, `is larger than the ${limits[media.kind]} bytes allowed for a ${media.kind}`);
  }
  if (problems.list.length > problemsBefore) return null;
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  try {
    for await (const chunk of await entryStream(archive, entry)) {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      if (headBytes < SNIFF_BYTES) {
        head.push(bytes.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(bytes.length, SNIFF_BYTES - headBytes);
      }
    }
  } catch (error) {
    problems.add(name, `cannot be read: ${(error as Error).message}`);
    return null;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== media.sha256) problems.add(name, `has SHA-256 ${sha256}, but media.json says ${media.sha256}`);
  try {
    const type = await recogniseMedia(Buffer.concat(head), [media.kind]);
    return problems.list.length > problemsBefore ? null : type;
  } catch (error) {
    problems.add(name, (error as Error).message.replace(/cannot be uploaded here/, `cannot be a ${media.kind}`));
    return null;
  }
}

function addIssues(problems: ArchiveProblems, error: z.ZodError, place: (path: PropertyKey[]) => string): void {
  for (const issue of error.issues) problems.add(place(issue.path), issue.message);
}
