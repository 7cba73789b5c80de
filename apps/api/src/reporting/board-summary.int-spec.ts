import type parsePdf from 'pdf-parse';
import request from 'supertest';
import { ACCOUNT } from '../testing/test-app';
import { Api, reportingWorld } from './reporting-world';

// The library's entry point reads a test file when it is the main module; its parser does not.
const pdf: typeof parsePdf = require('pdf-parse/lib/pdf-parse.js');

type World = Awaited<ReturnType<typeof reportingWorld>>;

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The summary's text, one table cell or line per line, spaces (also no-break ones) made plain. */
async function textOf(api: Api, query: Record<string, string>): Promise<{ text: string; lines: string[] }> {
  const response = await api.get('/api/reporting/summary/export').query(query).buffer(true).parse(binary).expect(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  const { text } = await pdf(response.body);
  const plain = text.replace(/\u00a0/g, ' ');
  return { text: plain, lines: plain.split('\n').map((line) => line.trim()) };
}

/** The board's PDF summary (issue 10 part 6): it prints the dashboard's own numbers for its scope. */
describe("the board's summary", () => {
  let w: World;
  beforeAll(async () => {
    w = await reportingWorld();
  });
  afterAll(() => w.t.close());

  it('prints, for SBF on 2026-03-15, each module with the numbers the coverage API gives', async () => {
    const query = { asOf: '2026-03-15', orgUnitId: w.units.sbf };
    const { text, lines } = await textOf(w.admin, query);
    expect(text).toContain('Utbildningstäckning');
    expect(text).toContain('Sammanfattning för nämnden');
    expect(lines).toContain('Kommun: Stenungsunds kommun');
    expect(lines).toContain('Omfattning: Samhällsbyggnadsförvaltningen (SBF)');
    expect(lines).toContain('Läget per: 2026-03-15');
    expect(lines).toContain('Läget i Samhällsbyggnadsförvaltningen');

    const json = (await w.admin.get('/api/reporting/coverage').query(query).expect(200)).body;
    const sbf = json.nodes.find((n: { unitId: string }) => n.unitId === w.units.sbf);
    const business = sbf.modules.find((m: { moduleId: string }) => m.moduleId === w.modules.business.id);
    expect(business).toMatchObject({ population: 5, compliant: 1, overdue: 2, exempt: 1, percentage: 25 });
    // A table row's cells come out of the PDF as one line. Nobody was required it a year earlier (–).
    const row = (...cells: (string | number)[]) => cells.join('');
    expect(lines).toContain(row('Företagarperspektiv', business.population, business.compliant, '25 %', 2, 1, '–'));
    // The last header cell wraps: "Täckning" ends the header line, its date stands on the next.
    expect(lines).toContain('2025-03-31');
    // One level down, each unit's modules: Bygglov's two people, one exempt and one done.
    const bygglov = json.nodes.find((n: { unitId: string }) => n.unitId === w.units.bygglov);
    const bygglovBusiness = bygglov.modules.find((m: { moduleId: string }) => m.moduleId === w.modules.business.id);
    expect(bygglovBusiness).toMatchObject({ population: 2, percentage: 100, overdue: 0 });
    expect(lines).toContain('Per enhet i Samhällsbyggnadsförvaltningen');
    expect(lines).toContain(row('Bygglov', 'Företagarperspektiv', 2, '100 %', 0));
    expect(lines).toContain(row('Miljö', 'Företagarperspektiv', 2, '0 %', 1));
    // The year's new starters: David, done, but after his due date.
    expect(lines).toContain('Nyanställda 2025-03-16–2026-03-15');
    expect(lines).toContain(row('Företagarperspektiv', 1, 0, 1, 0, '0 %'));
    expect(text).toMatch(/Sida 1 av \d/);
  });

  it('speaks English when asked, and an HR officer gets her own förvaltning by default', async () => {
    const { text, lines } = await textOf(w.hr, { asOf: '2026-03-15', lang: 'en' });
    expect(text).toContain('Summary for the board');
    expect(lines).toContain('Where Samhällsbyggnadsförvaltningen stands');
    expect(text).not.toContain('Kommunstyrelseförvaltningen');
    expect(text).toMatch(/Coverage is the share of the staff required/);
  });

  it('refuses a unit outside the asker’s scope, a bad date and a caseworker, with problem+json', async () => {
    const outside = await w.hr.get('/api/reporting/summary/export').query({ orgUnitId: w.units.ksf }).expect(403);
    expect(outside.headers['content-type']).toMatch(/problem\+json/);
    const bad = await w.admin.get('/api/reporting/summary/export').query({ asOf: '2026-02-30' }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/asOf must be a calendar date/);
    const caseworker = w.t.as(await w.t.signIn(w.host, ACCOUNT.caseworker));
    await caseworker.get('/api/reporting/summary/export').expect(403);
  });
});
