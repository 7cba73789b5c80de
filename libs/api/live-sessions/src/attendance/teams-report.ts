/** One participant row of a Teams attendance report, with its line number for the answer. */
export interface TeamsParticipant {
  line: number;
  name: string;
  email: string | null;
  /** In-meeting duration; null when the row has none Lärnav can read. */
  seconds: number | null;
}

/** Header names of the e-mail column, in the languages Teams exports in (lower case). */
const EMAIL_HEADERS = ['email', 'e-mail', 'e-post', 'e-postadress', 'participant id (upn)', 'deltagar-id (upn)'];
const NAME_HEADERS = ['name', 'full name', 'namn', 'fullständigt namn'];
const DURATION_HEADERS = ['in-meeting duration', 'duration', 'varaktighet i mötet', 'varaktighet', 'tid i mötet'];

/**
 * Reads the participants of a Teams attendance report: UTF-16LE with a byte-order mark (as
 * Teams exports it; UTF-8 is read too), tab-separated, in numbered sections whose titles Teams
 * translates ("2. Participants", "2. Deltagare"), so the section is found by its number and its
 * columns by their header, in English or Swedish.
 */
export function readTeamsReport(file: Buffer): TeamsParticipant[] {
  const lines = decode(file).split(/\r?\n/);
  const start = lines.findIndex((line) => /^\s*2\.\s/.test(line));
  if (start < 0)
    throw new TeamsReportError('The file has no "2. Participants" section; is it a Teams attendance report?');
  const headerAt = lines.findIndex((line, i) => i > start && line.trim() !== '');
  if (headerAt < 0) throw new TeamsReportError('The participants section is empty.');
  const header = lines[headerAt].split('\t').map((h) => h.trim().toLowerCase());
  const column = (names: string[]) => header.findIndex((h) => names.includes(h));
  const email = column(EMAIL_HEADERS);
  const name = column(NAME_HEADERS);
  const duration = column(DURATION_HEADERS);
  if (email < 0)
    throw new TeamsReportError(`The participants section has no e-mail column (found: ${header.join(', ')}).`);
  const participants: TeamsParticipant[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*\d+\.\s/.test(line)) break;
    if (line.trim() === '') continue;
    const cells = line.split('\t').map((c) => c.trim());
    participants.push({
      line: i + 1,
      name: name >= 0 ? (cells[name] ?? '') : '',
      email: cells[email] ? cells[email].toLowerCase() : null,
      seconds: duration >= 0 ? durationSeconds(cells[duration] ?? '') : null,
    });
  }
  return participants;
}

export class TeamsReportError extends Error {}

function decode(file: Buffer): string {
  if (file[0] === 0xff && file[1] === 0xfe) return new TextDecoder('utf-16le').decode(file.subarray(2));
  if (file[0] === 0xfe && file[1] === 0xff) return new TextDecoder('utf-16be').decode(file.subarray(2));
  return new TextDecoder('utf-8').decode(file).replace(/^\uFEFF/, '');
}

/** "1h 2m 3s", "1 tim 2 min 3 s", "45m 10s", "00:45:10": seconds, or null. */
export function durationSeconds(value: string): number | null {
  const clock = /^(\d+):(\d{2}):(\d{2})$/.exec(value);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const units: [RegExp, number][] = [
    [/(\d+)\s*(?:h|tim|timmar|hr)\b/i, 3600],
    [/(\d+)\s*(?:m|min|minuter)\b/i, 60],
    [/(\d+)\s*(?:s|sek|sekunder)\b/i, 1],
  ];
  let total = 0;
  let found = false;
  for (const [pattern, factor] of units) {
    const match = pattern.exec(value);
    if (match) {
      total += Number(match[1]) * factor;
      found = true;
    }
  }
  return found ? total : null;
}
