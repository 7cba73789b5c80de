/**
 * A 500 MB video upload through the real API route, POST /api/catalog/modules/:id/media, as a
 * trainer signed in through the dev IdP's OpenID flow: session, CSRF and permission checks, the
 * module lookup, the intake (sniffing, size limit, hash) into LocalDiskStorage, the media row.
 * Beside it, on the same run and in the same server process, a bare Node server that pipes the
 * request to a file. Prints MB/s of each, their ratio, and the server's peak RSS growth per
 * upload, sampled every few milliseconds: it must stay flat, whatever the file's size.
 *
 *   npm run bench:module-media-upload [-- --size 500 --rounds 3]   (size in MB; DATABASE_URL or embedded PostgreSQL)
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@larnav/api/common';
import { keepCalendarDatesAsStrings, migrate, runAsTenant } from '@larnav/api/db';
import { DEV_IDP_TENANT_IDS, devIdpAccountForEmail } from '@larnav/api/demo';
import { SignInConfigService } from '@larnav/api/identity';
import { OrgUnitService } from '@larnav/api/org';
import { TenantService } from '@larnav/api/tenancy';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';
import { signInWithOidc } from '../../apps/api/src/testing/oidc-sign-in';
import { spawnDevIdp } from '../../apps/dev-idp/src/testing/spawn-dev-idp';
import { createBenchDatabase } from './bench-database';
import { option } from './measure';

const MB = 1024 * 1024;
const SIZE_MB = option('size', 500);
const ROUNDS = option('rounds', 3);
const SAMPLE_MS = 5;
const HOST = 'stenungsund.test';
const MODES = ['baseline', 'api'] as const;
type Mode = (typeof MODES)[number];
const LABELS: Record<Mode, string> = {
  baseline: 'baseline: bare server, request piped to a file',
  api: 'API: POST /api/catalog/modules/:id/media',
};
// ftyp box, brand isom: the intake recognises the body as MP4 from this.
const MP4_HEAD = Buffer.from('0000002066747970' + '69736f6d00000200' + '69736f6d69736f32' + '617663316d703431', 'hex');

/** What the server process tells the client once it is ready. */
interface Ready {
  ports: Record<Mode, number>;
  headers: Record<string, string>;
  uploadPath: string;
  database: string;
}

type ToServer = { type: 'measure' } | { type: 'measured' } | { type: 'stop' };
type FromServer = { type: 'ready'; ready: Ready } | { type: 'peak'; growthMb: number };

/** The server's side: the Nest app and the bare server, and an RSS sampler the client switches on and off. */
async function serve(): Promise<void> {
  keepCalendarDatesAsStrings();
  const dataDir = await mkdtemp(join(tmpdir(), 'larnav-bench-module-media-'));
  const database = await createBenchDatabase('larnav_bench_module_media');
  const idp = await spawnDevIdp({
    clients: [
      {
        client_id: 'larnav-bench',
        client_secret: 'larnav-bench-secret',
        redirect_uris: [`http://${HOST}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`http://${HOST}/`],
      },
    ],
  });
  await migrate(database.url);
  const config = {
    ...loadConfig({}),
    LOG_LEVEL: 'silent' as const,
    LARNAV_DATA_DIR: dataDir,
    LARNAV_UPLOAD_MAX_VIDEO_MB: 4096,
  };
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ databaseUrl: database.url, config }),
    {
      logger: false,
    },
  );
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const tenant = await app
    .get(TenantService)
    .create({ slug: 'stenungsund', name: 'Stenungsunds kommun', hostnames: [HOST] });
  await runAsTenant(tenant.id, async () => {
    await app.get(SignInConfigService).save('oidc', {
      issuer: idp.issuer,
      clientId: 'larnav-bench',
      clientSecret: 'larnav-bench-secret',
      idpTenantId: DEV_IDP_TENANT_IDS.stenungsund,
      emailDomains: ['stenungsund.se'],
    });
    await app.get(OrgUnitService).createRoot('Stenungsunds kommun', 'STENUNGSUND');
  });
  const trainer = devIdpAccountForEmail('karin.sjoberg@stenungsund.se');
  const session = await signInWithOidc(app.getHttpServer(), HOST, { account: trainer?.sub ?? '' });
  const apiPort = (app.getHttpServer().address() as AddressInfo).port;
  const headers = {
    Host: HOST,
    Cookie: session.cookie,
    'X-CSRF-Token': session.csrfToken,
    'Content-Type': 'video/mp4',
  };
  const created = await call(
    apiPort,
    'POST',
    '/api/catalog/modules',
    { ...headers, 'Content-Type': 'application/json' },
    Buffer.from(JSON.stringify({ title: 'Benchmodul', language: 'sv', estimatedMinutes: 10 })),
  );
  const moduleId = (JSON.parse(created) as { id: string }).id;

  let baselines = 0;
  const bare = createServer((req, res) => {
    const file = join(dataDir, `baseline-${++baselines}`);
    pipeline(req, createWriteStream(file))
      .then(() => res.writeHead(201).end())
      .catch((error) => res.writeHead(500).end(String(error)))
      .finally(() => rm(file, { force: true }));
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));

  let sampler: NodeJS.Timeout | undefined;
  let before = 0;
  let peak = 0;
  process.on('message', async (message: ToServer) => {
    if (message.type === 'measure') {
      global.gc?.();
      before = peak = process.memoryUsage.rss();
      sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), SAMPLE_MS);
      process.send?.({ type: 'peak', growthMb: 0 } satisfies FromServer);
    } else if (message.type === 'measured') {
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage.rss());
      process.send?.({ type: 'peak', growthMb: (peak - before) / MB } satisfies FromServer);
    } else {
      bare.close();
      await app.close();
      await idp.stop();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
  process.send?.({
    type: 'ready',
    ready: {
      ports: { baseline: (bare.address() as AddressInfo).port, api: apiPort },
      headers,
      uploadPath: `/api/catalog/modules/${moduleId}/media?kind=video&fileName=bench.mp4`,
      database: database.server,
    },
  } satisfies FromServer);
}

/** One request; resolves with the body of a 2xx answer. */
function call(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string | number>,
  body: Readable | Buffer,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        (res.statusCode ?? 500) < 300 ? resolve(text) : reject(new Error(`${res.statusCode}: ${text}`)),
      );
    });
    req.on('error', reject);
    if (Buffer.isBuffer(body)) req.end(body);
    else pipeline(body, req).catch(reject);
  });
}

/** `size` bytes: the MP4 header, then one reused 1 MB block, so the client costs next to nothing. */
function videoBody(size: number): Readable {
  const block = Buffer.alloc(MB, 0x5a);
  return Readable.from(
    (function* () {
      yield MP4_HEAD;
      for (let sent = MP4_HEAD.length; sent < size; sent += MB) yield block.subarray(0, Math.min(MB, size - sent));
    })(),
  );
}

interface Measured {
  seconds: number;
  peakRssGrowthMb: number;
}

async function main(): Promise<void> {
  const child = fork(__filename, ['--serve'], { execArgv: [...process.execArgv, '--expose-gc'] });
  const next = () => new Promise<FromServer>((resolve) => child.once('message', (m: FromServer) => resolve(m)));
  const first = await next();
  if (first.type !== 'ready') throw new Error('The server did not start');
  const { ready } = first;
  const upload = async (mode: Mode, size: number): Promise<Measured> => {
    const path = mode === 'api' ? ready.uploadPath : '/';
    child.send({ type: 'measure' } satisfies ToServer);
    await next();
    const started = performance.now();
    const answer = await call(
      ready.ports[mode],
      'POST',
      path,
      { ...ready.headers, 'Content-Length': size },
      videoBody(size),
    );
    const seconds = (performance.now() - started) / 1000;
    child.send({ type: 'measured' } satisfies ToServer);
    const peak = await next();
    if (mode === 'api' && (JSON.parse(answer) as { sizeBytes: number }).sizeBytes !== size)
      throw new Error(`The API stored another size than ${size}: ${answer}`);
    return { seconds, peakRssGrowthMb: peak.type === 'peak' ? peak.growthMb : NaN };
  };
  try {
    // Warm both paths (JIT, file-type's first load, the DB pool) before measuring.
    await upload('baseline', 20 * MB);
    await upload('api', 20 * MB);
    console.log(
      `${SIZE_MB} MB MP4-headed upload over localhost HTTP, server in its own process, ${ROUNDS} rounds, ` +
        `${ready.database}, Node ${process.version}\n`,
    );
    const results: Record<Mode, Measured[]> = { baseline: [], api: [] };
    // Alternating, so that a neighbour's load on the shared machine falls on both alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of MODES) results[mode].push(await upload(mode, SIZE_MB * MB));
    }
    const mbps = (mode: Mode) => median(results[mode].map((r) => SIZE_MB / r.seconds));
    for (const mode of MODES) {
      const growth = results[mode].map((r) => r.peakRssGrowthMb);
      console.log(
        `${LABELS[mode].padEnd(48)} median ${mbps(mode).toFixed(0).padStart(5)} MB/s` +
          `   peak RSS growth max ${Math.max(...growth)
            .toFixed(1)
            .padStart(5)} MB` +
          `  (each: ${growth.map((g) => g.toFixed(1)).join(', ')})`,
      );
    }
    console.log(`\nAPI throughput / baseline: ${(mbps('api') / mbps('baseline')).toFixed(2)}`);
  } finally {
    child.send({ type: 'stop' } satisfies ToServer);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (process.argv.includes('--serve'))
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
