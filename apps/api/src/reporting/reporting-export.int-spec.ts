import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { Api, reportingWorld } from './reporting-world';

type World = Awaited<ReturnType<typeof reportingWorld>>;

/** Reads a response body as bytes, whatever its type. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function rowsOf(body: Buffer, format: 'csv' | 'xlsx'): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet =
    format === 'xlsx'
      ? (await workbook.xlsx.load(body as unknown as ArrayBuffer), workbook.worksheets[0])
      : // Every value as the text written, so dates and numbers are compared as in the file.
        await workbook.csv.read(Readable.from(body.toString('utf8').replace(/^\uFEFF/, '')), { map: (v: string) => v });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    rows[number - 1] = values;
  });
  return Array.from(rows, (row) => row ?? []);
}

/** CSV and XLSX exports (issue 10 part 6): parsed back, they say what the JSON says, with their filters. */
describe('reporting exports', () => {
  let w: World;
  beforeAll(async () => {
    w = await reportingWorld();
  });
  afterAll(() => w.t.close());

  const download = async (api: Api, url: string, query: Record<string, string>) => {
    const response = await api.get(url).query(query).buffer(true).parse(binary).expect(200);
    return response;
  };

  it.each(['csv', 'xlsx'] as const)(
    'exports the coverage tree as %s with its as-of date and filters',
    async (format) => {
      const query = { asOf: '2026-03-15', orgUnitId: w.units.sbf, moduleId: w.modules.business.id };
      const response = await download(w.admin, '/api/reporting/coverage/export', { ...query, format });
      expect(response.headers['content-disposition']).toBe(`attachment; filename="coverage-2026-03-15.${format}"`);
      const rows = await rowsOf(response.body, format);
      expect(rows[0]).toEqual(['Lärnav: utbildningstäckning']);
      expect(rows.slice(1, 4)).toEqual([
        ['Per datum', '2026-03-15'],
        ['Enhet', 'Samhällsbyggnadsförvaltningen (SBF)'],
        ['Modul', 'Företagarperspektiv'],
      ]);
      const header = rows.findIndex((r) => r[0] === 'Enhetskod');
      expect(rows[header - 1].join('')).toBe('');
      const table = rows.slice(header + 1).map((r) => r.slice(0, 2).concat(r.slice(4)).join('|'));
      const json = (await w.admin.get('/api/reporting/coverage').query(query).expect(200)).body;
      expect(table).toEqual(
        json.nodes.map((n: { code: string; name: string; modules: Record<string, number | null>[] }) => {
          const m = n.modules[0];
          return [
            n.code,
            n.name,
            'Företagarperspektiv',
            m.population,
            m.compliant,
            m.inProgress,
            m.notStarted,
            m.overdue,
            m.exempt,
            m.percentage ?? '',
          ].join('|');
        }),
      );
      expect(table[0]).toBe('SBF|Samhällsbyggnadsförvaltningen|Företagarperspektiv|5|1|1|0|2|1|25');
    },
  );

  it('exports the people behind a number in English, filtered by status', async () => {
    const response = await download(w.admin, '/api/reporting/coverage/people/export', {
      asOf: '2026-03-15',
      orgUnitId: w.units.sbf,
      moduleId: w.modules.business.id,
      status: 'overdue',
      format: 'xlsx',
      lang: 'en',
    });
    const rows = await rowsOf(response.body, 'xlsx');
    expect(rows.slice(0, 5)).toEqual([
      ['Lärnav: the people behind the coverage'],
      ['As of', '2026-03-15'],
      ['Unit', 'Samhällsbyggnadsförvaltningen (SBF)'],
      ['Module', 'Företagarperspektiv'],
      ['Status', 'overdue'],
    ]);
    const header = rows.findIndex((r) => r[0] === 'Name');
    expect(rows.slice(header + 1).map((r) => [r[0], r[3], r[5], r[6], r[7]])).toEqual([
      ['Bo Berg', 'Miljö', 'overdue', '2026-01-31', '2026-02-01'],
      ['Frida Fors', 'Gamla enheten', 'overdue', '2026-01-31', '2026-02-01'],
    ]);
  });

  it('exports onboarding and the trend from the same numbers as their JSON', async () => {
    const onboarding = await rowsOf(
      (
        await download(w.admin, '/api/reporting/onboarding/export', {
          orgUnitId: w.units.sbf,
          from: '2026-03-01',
          to: '2026-03-31',
        })
      ).body,
      'csv',
    );
    expect(onboarding[1]).toEqual(['Period', '2026-03-01 – 2026-03-31']);
    const header = onboarding.findIndex((r) => r[0] === 'Enhetskod');
    expect(onboarding.slice(header + 1).map((r) => r.slice(3, 9).join('|'))).toEqual([
      'Företagarperspektiv|1|1|0|1|0',
      'Informationssäkerhet|1|1|1|0|0',
      'Företagarperspektiv|1|1|0|1|0',
      'Informationssäkerhet|1|1|1|0|0',
    ]);
    const trend = await rowsOf(
      (
        await download(w.admin, '/api/reporting/trend/export', {
          orgUnitId: w.units.sbf,
          moduleId: w.modules.business.id,
          months: '12',
          format: 'xlsx',
        })
      ).body,
      'xlsx',
    );
    const march = trend.find((r) => r[0] === '2026-03-31');
    expect(march?.slice(1)).toEqual(['Företagarperspektiv', '5', '1', '1', '0', '2', '1', '25']);
  });

  it('refuses an unknown format, and HR a unit outside her förvaltning, before writing any file', async () => {
    const bad = await w.admin.get('/api/reporting/coverage/export').query({ format: 'pdf' }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/format must be csv or xlsx/);
    const outside = await w.hr
      .get('/api/reporting/coverage/people/export')
      .query({ orgUnitId: w.units.ksf })
      .expect(403);
    expect(outside.headers['content-type']).toMatch(/problem\+json/);
  });
});
