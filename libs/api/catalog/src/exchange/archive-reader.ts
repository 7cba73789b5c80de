import { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { ARCHIVE_LIMITS } from './archive-format';
import { ArchiveProblems } from './archive-problems';

/** The archive's files, by name, once every name and size has been found safe. */
export interface ArchiveEntries {
  zip: yauzl.ZipFile;
  files: Map<string, yauzl.Entry>;
}

/**
 * Opens a ZIP on disk and lists its files without reading any of them. Refuses, as problems,
 * what could hurt: names that climb out (`../`, `/etc`, `C:`), too many entries, encrypted ones,
 * and more uncompressed bytes in all than `maxUncompressedBytes` (a zip bomb). The sizes it
 * adds up are enforced while reading (yauzl's validateEntrySizes), so a lying header cannot help.
 */
export async function openArchive(
  path: string,
  maxUncompressedBytes: number,
  problems: ArchiveProblems,
): Promise<ArchiveEntries | null> {
  let zip: yauzl.ZipFile;
  try {
    // Names are decoded here, not by yauzl, so that each unsafe one is reported rather than the first.
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false });
  } catch (error) {
    problems.add('archive', `is not a readable ZIP file (${(error as Error).message})`);
    return null;
  }
  if (zip.entryCount > ARCHIVE_LIMITS.entries) {
    problems.add('archive', `has ${zip.entryCount} entries; a module archive has at most ${ARCHIVE_LIMITS.entries}`);
    zip.close();
    return null;
  }
  const files = new Map<string, yauzl.Entry>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileName as unknown as Buffer,
        entry.extraFields,
        true,
      );
      const unsafe = yauzl.validateFileName(name);
      if (unsafe) {
        problems.add(printable(name), `is refused: ${unsafe.replace(/:.*$/, '')}`);
        continue;
      }
      if (name.endsWith('/')) continue;
      if (files.has(name)) problems.add(name, 'is in the archive twice');
      if (entry.isEncrypted()) problems.add(name, 'is encrypted; a module archive is not');
      else if (!entry.canDecodeFileData())
        problems.add(name, `uses compression method ${entry.compressionMethod}, which cannot be read`);
      files.set(name, entry);
      total += entry.uncompressedSize;
    }
  } catch (error) {
    problems.add('archive', `is damaged (${(error as Error).message})`);
    zip.close();
    return null;
  }
  if (total > maxUncompressedBytes) {
    problems.add(
      'archive',
      `unpacks to ${total} bytes, more than the ${maxUncompressedBytes} allowed; nothing was unpacked`,
    );
    zip.close();
    return null;
  }
  return { zip, files };
}

/** A file's bytes, when it is small enough to hold (the JSON files). */
export async function readEntry(archive: ArchiveEntries, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) throw new Error(`is larger than the ${maxBytes} bytes allowed`);
  const chunks: Buffer[] = [];
  for await (const chunk of await archive.zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function entryStream(archive: ArchiveEntries, entry: yauzl.Entry): Promise<Readable> {
  return archive.zip.openReadStreamPromise(entry);
}

/** A name from the archive as it may appear in an answer: no control characters, not endless. */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean;
}
