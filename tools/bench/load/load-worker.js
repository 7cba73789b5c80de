'use strict';
// Runs in a worker thread, so that the load generator has its own event loop (and core) beside
// the server under test. Plain JavaScript: workers do not inherit ts-node's loader.
const { parentPort } = require('node:worker_threads');
const { randomUUID } = require('node:crypto');
const autocannon = require('autocannon');

/**
 * One autocannon instance of one connection per client: autocannon resets a connection's context
 * at every loop, so per-connection cookies are given as each instance's own headers. Latencies
 * of every response are pooled into one distribution.
 */
async function run({ url, clients, seconds, body }) {
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  const runs = clients.map(
    (client) =>
      new Promise((resolve, reject) => {
        const instance = autocannon(
          {
            url: url.replace('{attemptId}', client.attemptId ?? ''),
            connections: 1,
            duration: seconds,
            method: body ? 'POST' : 'GET',
            headers: { ...client.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
            requests: [
              {
                setupRequest: (request) => {
                  if (!body) return request;
                  const event = { id: randomUUID(), occurredAt: new Date().toISOString(), ...body };
                  event.lessonId = client.lessonId;
                  return { ...request, body: JSON.stringify({ events: [event] }) };
                },
              },
            ],
          },
          (error, result) => (error ? reject(error) : resolve(result)),
        );
        instance.on('response', (_client, status, _bytes, ms) => {
          latencies.push(ms);
          if (status < 200 || status > 299) non2xx++;
        });
        instance.on('reqError', () => errors++);
      }),
  );
  const results = await Promise.all(runs);
  latencies.sort((a, b) => a - b);
  const rank = (p) =>
    latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil((p / 100) * latencies.length) - 1))];
  return {
    rps: latencies.length / seconds,
    total: latencies.length,
    p50: Math.round(rank(50) * 10) / 10,
    p99: Math.round(rank(99) * 10) / 10,
    non2xx,
    errors: errors + results.reduce((sum, r) => sum + r.errors, 0),
  };
}

parentPort.on('message', (job) => {
  run(job).then(
    (result) => parentPort.postMessage({ result }),
    (error) => parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) }),
  );
});
