/**
 * Opening the module editor for a module with 40 lessons: the two requests the editor makes
 * (the module with its history, then its draft with every lesson), beside the plainest way to
 * the same rows (one SQL round trip per query, with pg) and a bare HTTP server sending the same
 * JSON from memory, all in one run. A trainer signs in through the dev IdP first.
 *
 *   npm run bench:authoring-editor  [--lessons 40] [--runs 60]
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import request from 'supertest';
import { keepCalendarDatesAsStrings, migrate } from '@larnav/api/db';
import { devIdpAccountForEmail } from '@larnav/api/demo';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Lesson } from '@larnav/shared/catalog';
import { signInWithOidc } from '../../apps/api/src/testing/oidc-sign-in';
import { BENCH_HOST, createBenchMunicipality, spawnBenchIdp, startBenchApp } from './bench-app';
import { createBenchDatabase } from './bench-database';
import { formatTiming, option, time } from './measure';

const HOST = BENCH_HOST;
const LESSONS = option('lessons', 40);
const RUNS = option('runs', 60);

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await createBenchDatabase('larnav_bench_editor');
  const idp = await spawnBenchIdp();
  let app: NestExpressApplication | undefined;
  const sql = new Client({ connectionString: database.url });
  const bare = createServer();
  try {
    await migrate(database.url);
    app = await startBenchApp(database.url);
    await createBenchMunicipality(app, idp.issuer);
    const trainer = devIdpAccountForEmail('karin.sjoberg@stenungsund.se');
    const session = await signInWithOidc(app.getHttpServer(), HOST, { account: trainer?.sub ?? '' });
    const server = app.getHttpServer();
    const api = () => request(server);
    const as = (test: request.Test) =>
      test.set('Host', HOST).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken);

    const front = { title: 'Modul med många lektioner', language: 'sv', estimatedMinutes: 240 };
    const moduleId = (await as(api().post('/api/catalog/modules')).send(front).expect(201)).body.id;
    const draft = (await as(api().post(`/api/catalog/modules/${moduleId}/draft`)).expect(200)).body;
    const lessons = Array.from({ length: LESSONS }, (_, i) => lessonOf(i));
    await as(api().put(`/api/catalog/modules/${moduleId}/draft`))
      .send({ ...front, revision: draft.revision, lessons })
      .expect(200);
    const payload = JSON.stringify((await as(api().post(`/api/catalog/modules/${moduleId}/draft`)).expect(200)).body);

    await sql.connect();
    bare.on('request', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(payload));
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

    const opts = { warmUp: 10, runs: RUNS };
    const editor = await time(async () => {
      await as(api().get(`/api/catalog/modules/${moduleId}`)).expect(200);
      await as(api().post(`/api/catalog/modules/${moduleId}/draft`)).expect(200);
    }, opts);
    const plain = await time(async () => {
      await sql.query(`SELECT * FROM training_module WHERE id = $1`, [moduleId]);
      await sql.query(`SELECT * FROM module_version WHERE module_id = $1 ORDER BY number DESC`, [moduleId]);
      await sql.query(
        `SELECT l.* FROM lesson l JOIN module_version v ON v.id = l.version_id WHERE v.module_id = $1 AND v.status = 'draft' ORDER BY l.position`,
        [moduleId],
      );
    }, opts);
    const served = await time(async () => {
      await request(bareUrl).get('/');
      await request(bareUrl).get('/');
    }, opts);

    console.log(
      `Opening the editor: ${LESSONS} lessons, ${(payload.length / 1024).toFixed(0)} kB of draft JSON, on ${database.server}`,
    );
    console.log(`  Lärnav (GET module + POST draft)      ${formatTiming(editor)}`);
    console.log(`  plain SQL, the same rows (3 queries)   ${formatTiming(plain)}`);
    console.log(`  bare HTTP server, same JSON twice      ${formatTiming(served)}`);
    console.log(
      `  ratio to plain SQL + bare server: ${(editor.median / (plain.median + served.median)).toFixed(1)}× at the median`,
    );
  } finally {
    bare.close();
    await sql.end().catch(() => undefined);
    await app?.close();
    await idp.stop();
    await database.drop();
  }
}

/** A lesson of about 400 words of text and, every fifth, a ten-question quiz. */
function lessonOf(i: number): Lesson {
  const words = 'Företagaren behöver ett tydligt besked i tid om vad som gäller och varför det gäller. '.repeat(25);
  const blocks: Lesson['blocks'] = [
    {
      id: randomUUID(),
      type: 'text',
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] },
    },
  ];
  if (i % 5 === 4) {
    blocks.push({
      id: randomUUID(),
      type: 'quiz',
      title: `Kontroll ${i}`,
      passMark: 80,
      attemptLimit: null,
      drawCount: null,
      questions: Array.from({ length: 10 }, (_, q) => ({
        id: randomUUID(),
        kind: 'single' as const,
        prompt: `Fråga ${q + 1}`,
        options: [
          { id: randomUUID(), text: 'Rätt', correct: true, feedback: 'Bra.' },
          { id: randomUUID(), text: 'Fel', correct: false, feedback: 'Tänk igen.' },
        ],
      })),
    });
  }
  return { id: randomUUID(), title: `Lektion ${i + 1}`, blocks };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
