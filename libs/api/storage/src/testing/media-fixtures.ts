import { crc32 } from 'node:zlib';
import { patternBytes } from './bytes';

/** The first bytes of real files of each kind, padded to `size` with filler. */
export const mediaHeads = {
  // ftyp box, brand isom: what ffmpeg and phones write.
  mp4: hex('00000020 66747970 69736f6d 00000200 69736f6d 69736f32 61766331 6d703431'),
  // EBML header with DocType "webm".
  webm: hex('1a45dfa3 9f428681 0142f781 0142f281 0442f381 08428284 7765626d 42878104 42858102'),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: hex('ffd8ffe0 00104a46 49460001 01000001 00010000'),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'),
  webp: Buffer.concat([Buffer.from('RIFF'), hex('24000000'), Buffer.from('WEBPVP8 ')]),
  pdf: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
  exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'),
};

/** A file whose content is `head` followed by filler up to `size` bytes. */
export function mediaFile(head: Buffer, size = head.length): Buffer {
  return size <= head.length ? head : Buffer.concat([head, patternBytes(size - head.length, 'filler')]);
}

const OFFICE_MAIN = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
};

/** A minimal Office Open XML package: [Content_Types].xml first, as Office writes it. */
export function officeFile(ext: keyof typeof OFFICE_MAIN): Buffer {
  const part = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml', pptx: 'ppt/presentation.xml' }[ext];
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Override PartName="/${part}" ContentType="${OFFICE_MAIN[ext]}"/></Types>`;
  return zip([
    ['[Content_Types].xml', types],
    [part, '<?xml version="1.0"?><document/>'],
  ]);
}

/** A minimal OpenDocument text: an uncompressed `mimetype` entry first, as the standard requires. */
export function openDocumentText(): Buffer {
  return zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<?xml version="1.0"?><office:document-content/>'],
  ]);
}

/** Stored (uncompressed) zip entries and a central directory: just enough of the format. */
function zip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(fileName.length, 22);
    const local = Buffer.concat([hex('504b0304'), common, fileName, data]);
    const central = Buffer.concat([hex('504b0102 1400'), common, Buffer.alloc(12), fileName]);
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  hex('504b0506').copy(end, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function hex(text: string): Buffer {
  return Buffer.from(text.replace(/\s/g, ''), 'hex');
}
