import { durationSeconds, readTeamsReport, TeamsReportError } from './teams-report';

/** As Teams writes it: UTF-16LE with a byte-order mark. */
function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const ENGLISH = [
  '1. Summary',
  'Meeting title\tNäringslivsperspektiv',
  'Attended participants\t3',
  '',
  '2. Participants',
  'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole',
  'Anna Andersson\t7/1/27, 9:00:03 AM\t7/1/27, 11:58:00 AM\t2h 57m 57s\tAnna@Stenungsund.se\tanna@stenungsund.se\tAttendee',
  'Okänd Gäst\t7/1/27, 9:10:00 AM\t7/1/27, 9:40:00 AM\t30m\tgast@example.com\t\tAttendee',
  '',
  '3. In-Meeting Activities',
  'Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole',
  'Anna Andersson\t7/1/27, 9:00:03 AM\t7/1/27, 11:58:00 AM\t2h 57m 57s\tanna@stenungsund.se\tAttendee',
].join('\r\n');

const SWEDISH = [
  '1. Sammanfattning',
  'Mötesrubrik\tNäringslivsperspektiv',
  '',
  '2. Deltagare',
  'Namn\tFörsta anslutning\tSenast lämnat\tVaraktighet i mötet\tE-post\tDeltagar-ID (UPN)\tRoll',
  'Bo Berg\t2027-07-01 09:00:03\t2027-07-01 10:00:00\t1 tim 0 min 0 s\tbo@stenungsund.se\tbo@stenungsund.se\tDeltagare',
  'Utan Adress\t2027-07-01 09:00:03\t2027-07-01 10:00:00\t1 tim\t\t\tDeltagare',
  '',
  '3. Aktiviteter under mötet',
].join('\r\n');

describe('Teams attendance reports', () => {
  it('reads the participants of an English report in UTF-16, e-mails in lower case, not the activities', () => {
    expect(readTeamsReport(utf16(ENGLISH))).toEqual([
      { line: 7, name: 'Anna Andersson', email: 'anna@stenungsund.se', seconds: 2 * 3600 + 57 * 60 + 57 },
      { line: 8, name: 'Okänd Gäst', email: 'gast@example.com', seconds: 30 * 60 },
    ]);
  });

  it('reads a Swedish report, whose section titles and headers are translated', () => {
    expect(readTeamsReport(utf16(SWEDISH))).toEqual([
      { line: 6, name: 'Bo Berg', email: 'bo@stenungsund.se', seconds: 3600 },
      { line: 7, name: 'Utan Adress', email: null, seconds: 3600 },
    ]);
  });

  it('reads UTF-8 too, and refuses a file that is no attendance report', () => {
    expect(readTeamsReport(Buffer.from(`\uFEFF${ENGLISH}`, 'utf8'))).toHaveLength(2);
    expect(() => readTeamsReport(utf16('Name\tEmail\nAnna\tanna@x.se'))).toThrow(TeamsReportError);
  });

  it('reads durations in the forms Teams writes', () => {
    expect(durationSeconds('1h 2m 3s')).toBe(3723);
    expect(durationSeconds('45m 10s')).toBe(2710);
    expect(durationSeconds('00:45:10')).toBe(2710);
    expect(durationSeconds('2 tim 5 min')).toBe(7500);
    expect(durationSeconds('')).toBeNull();
  });
});
