#!/usr/bin/env node
// `npm start`: the demo on one machine. Runs the development OpenID provider (apps/dev-idp) and
// the API, which serves the web app, starts the embedded PostgreSQL when DATABASE_URL is unset,
// migrates, seeds the demo municipalities and points their sign-in at the dev IdP.
// Both processes stop together on Ctrl+C, or when either of them exits.
import { spawn } from 'node:child_process';

const port = Number(process.env.PORT ?? 3000);
const idpPort = Number(process.env.DEV_IDP_PORT ?? 3001);
const idpIssuer = `http://localhost:${idpPort}`;
// Every address the demo municipalities answer at (their tenant hostnames), on this port.
const origins = ['localhost', '127.0.0.1', 'stenungsund.localhost', 'tjorn.localhost'].map(
  (h) => `http://${h}:${port}`,
);
const clients = [
  {
    client_id: 'larnav-dev',
    client_secret: 'larnav-dev-secret',
    redirect_uris: origins.map((o) => `${o}/api/auth/oidc/callback`),
    post_logout_redirect_uris: origins.map((o) => `${o}/`),
  },
];

const children = [];
const run = (name, args, env) => {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping Lärnav.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
};

let stopping = false;
function stop(code = 0) {
  stopping = true;
  let waiting = children.filter((c) => c.exitCode === null && c.signalCode === null);
  if (waiting.length === 0) process.exit(code);
  for (const child of waiting) {
    child.once('exit', () => {
      waiting = waiting.filter((c) => c !== child);
      if (waiting.length === 0) process.exit(code);
    });
    child.kill('SIGTERM');
  }
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('dev IdP', ['dist/apps/dev-idp/main.js'], {
  DEV_IDP_PORT: String(idpPort),
  DEV_IDP_CLIENTS: JSON.stringify(clients),
});
run('API', ['dist/apps/api/main.js'], {
  PORT: String(port),
  LARNAV_DEV_IDP_ISSUER: process.env.LARNAV_DEV_IDP_ISSUER ?? idpIssuer,
});
