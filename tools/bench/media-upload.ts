/**
 * Does the upload intake keep up with the disk, in flat memory? A generated MP4-headed body is
 * streamed over localhost HTTP into a bare Node server in a child process, twice on the same run:
 * baseline (the request piped to a file with stream.pipeline) and intake (receiveUpload, sniffing
 * and counting, into LocalDiskStorage). Prints MB/s of each, their ratio, and the server's peak
 * RSS growth during each upload, sampled every few milliseconds.
 *
 *   npm run bench:media-upload [-- --size 500 --rounds 3]   (size in MB)
 */
import { fork } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LocalDiskStorage, receiveUpload } from '@larnav/api/storage';
import { option } from './measure';

const MB = 1024 * 1024;
const SIZE_MB = option('size', 500);
const ROUNDS = option('rounds', 3);
const SAMPLE_MS = 5;
const MODES = ['baseline', 'intake'] as const;
type Mode = (typeof MODES)[number];
const LABELS: Record<Mode, string> = {
  baseline: 'baseline: request piped to a file',
  intake: 'intake: sniff, limit, hash, LocalDiskStorage',
};
// ftyp box, brand isom: the intake recognises the body as MP4 from this.
const MP4_HEAD = Buffer.from(
  ['0000002066747970', '69736f6d00000200', '69736f6d69736f32', '617663316d703431'].join(''),
  'hex',
);

interface Measured {
  bytes: number;
  seconds: number;
  peakRssGrowthMb: number;
}

/** The server's side: one route per mode, each answering with what it measured. */
async function serve(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'larnav-bench-media-'));
  const storage = LocalDiskStorage.underDataDir(dir);
  let uploads = 0;
  const server = createServer((req, res) => {
    const key = `bench/upload-${++uploads}`;
    const file = createWriteStream(join(dir, `baseline-${uploads}`));
    const work =
      req.url === '/baseline'
        ? pipeline(req, file).then(() => file.bytesWritten)
        : receiveUpload(req, {
            storage,
            key,
            accept: ['video'],
            limits: { video: 4096 * MB, image: MB, document: MB },
            declaredBytes: Number(req.headers['content-length']),
          }).then((media) => media.size);
    measured(res, work).finally(() =>
      Promise.all([rm(join(dir, 'media', key), { force: true }), rm(file.path, { force: true })]),
    );
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    server.close();
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

async function measured(res: ServerResponse, work: Promise<number>): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), SAMPLE_MS);
  const started = performance.now();
  try {
    const bytes = await work;
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage.rss());
    res.end(JSON.stringify({ bytes, seconds, peakRssGrowthMb: (peak - before) / MB } satisfies Measured));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  } finally {
    clearInterval(sampler);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The client's side: a body of `size` bytes, made of one reused 1 MB block after the MP4 header. */
function upload(port: number, path: string, size: number): Promise<Measured> {
  const block = Buffer.alloc(MB, 0x5a);
  const body = Readable.from(
    (function* () {
      yield MP4_HEAD;
      for (let sent = MP4_HEAD.length; sent < size; sent += MB) yield block.subarray(0, Math.min(MB, size - sent));
    })(),
  );
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Length': size } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(text))));
      },
    );
    req.on('error', reject);
    pipeline(body, req).catch(reject);
  });
}

async function main(): Promise<void> {
  const child = fork(__filename, ['--serve'], { execArgv: [...process.execArgv, '--expose-gc'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  try {
    const size = SIZE_MB * MB;
    // Warm both paths (JIT, file-type's first load) before measuring.
    await upload(port, '/baseline', 20 * MB);
    await upload(port, '/intake', 20 * MB);
    console.log(`${SIZE_MB} MB MP4-headed upload over localhost HTTP, server in its own process, ${ROUNDS} rounds\n`);
    const results: Record<Mode, Measured[]> = { baseline: [], intake: [] };
    // Alternating, so that a neighbour's load on the shared machine falls on both alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of MODES) {
        const result = await upload(port, `/${mode}`, size);
        if (result.bytes !== size) throw new Error(`${mode} stored ${result.bytes} of ${size} bytes`);
        results[mode].push(result);
      }
    }
    const mbps = (mode: Mode) => median(results[mode].map((r) => SIZE_MB / r.seconds));
    for (const mode of MODES) {
      const growth = results[mode].map((r) => r.peakRssGrowthMb);
      console.log(
        `${LABELS[mode].padEnd(46)} median ${mbps(mode).toFixed(0).padStart(5)} MB/s` +
          `   peak RSS growth max ${Math.max(...growth)
            .toFixed(1)
            .padStart(5)} MB` +
          `  (each: ${growth.map((g) => g.toFixed(1)).join(', ')})`,
      );
    }
    console.log(`\nintake throughput / baseline: ${(mbps('intake') / mbps('baseline')).toFixed(2)}`);
  } finally {
    child.send('stop');
  }
}

if (process.argv.includes('--serve')) void serve();
else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
