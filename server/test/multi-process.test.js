// @ts-check
/**
 * Two real server processes (node src/main.js) on one database, as behind a load balancer: capacity,
 * idempotency keys and the outbox must hold across them. PostgreSQL only (skipped in the SQLite pass): SQLite
 * is one process's database; two processes on one file stay exact but a writer waiting out busy_timeout under
 * this load gets SQLITE_BUSY, so several processes are a PostgreSQL deployment.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  STORAGE,
  fixtureFeed,
  openTestStorage,
  register,
  signup,
  signupsAtOnce,
  storageEnv,
  tempDir,
} from '../test-support/index.js';
import { freePort } from '../test-support/postgres.js';

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL'))); // a test run stopped half-way leaves none behind

/**
 * Start `node src/main.js` on a port of its own; resolves with its address once it listens.
 * @param {Record<string, string>} env
 * @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess, output: () => string }>}
 */
async function startProcess(env) {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env, PORT: String(port) } });
    children.push(child);
    let out = '';
    // Read all output to the end (a full pipe would stop the child); keep only the start.
    child.stdout.on('data', (/** @type {Buffer} */ d) => {
      if (out.length > 20_000) return;
      out += d;
      if (/server on /.test(out)) resolve({ url: `http://127.0.0.1:${port}`, child, output: () => out });
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

/** @param {import('node:child_process').ChildProcess} child */
const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(undefined);
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** @type {string} */
let dir;
/** @type {Awaited<ReturnType<typeof startProcess>>[]} */
let servers = [];
const skip = STORAGE !== 'postgres' && 'several server processes: a PostgreSQL deployment, tested in its pass';
before(async () => {
  if (skip) return;
  dir = tempDir();
  const feedFile = path.join(dir, 'feed.json');
  writeFileSync(feedFile, JSON.stringify(fixtureFeed()));
  const env = {
    HOST: '127.0.0.1',
    FEED_FILE: feedFile,
    DATABASE_FILE: path.join(dir, 'data/som.db'),
    RATE_LIMIT_PER_MINUTE: '100000',
    TOKEN_SECRET: 'one-key-for-every-process-of-this-network',
    PUBLIC_URL: 'https://inschrijven.som.example', // one address in front of both, as behind a load balancer
    ...(await storageEnv(dir)),
  };
  // Both at once: the migrations run under an advisory lock, so the second waits and finds nothing to do.
  servers = await Promise.all([startProcess(env), startProcess(env)]);
});
after(async () => {
  await Promise.all(servers.map((s) => stop(s.child)));
});

describe('two server processes on one database', { skip }, () => {
  test('300 concurrent sign-ups for 50 seats through both: exactly 50 confirmed, 250 waiting in one order', async () => {
    const { statuses, confirmed, waiting } = await signupsAtOnce(
      servers.map((s) => s.url),
      300,
    );
    assert.deepEqual(statuses, [201]);
    assert.equal(confirmed.length, 50);
    assert.equal(waiting.length, 250);
    assert.deepEqual(
      waiting.map((a) => a.body.position).sort((a, b) => a - b),
      Array.from({ length: 250 }, (_, i) => i + 1),
    );
    for (const s of servers) {
      const state = await (await fetch(`${s.url}/api/events/groot/registrations`)).json();
      assert.deepEqual([state.state, state.confirmed, state.waitlisted, state.remaining], ['waitlist', 50, 250, 0]);
    }
  });

  test('without a waiting list: 60 at once through both for 1 seat, one 201 and 59 full', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        register(servers[i % 2].url, 'zonder-wachtlijst', signup()).then((r) => r.status),
      ),
    );
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal(statuses.filter((s) => s === 409).length, 59);
  });

  test('one Idempotency-Key sent to both at once: one registration, the same answer from both', async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(signup());
    const first = await Promise.all(servers.map((s) => register(s.url, 'klein', body, { 'Idempotency-Key': key })));
    // One handled it; the other answered 409 (still in flight) or replayed the first's answer.
    const codes = first.map((r) => r.status).sort();
    assert.ok(
      JSON.stringify(codes) === '[201,201]' || JSON.stringify(codes) === '[201,409]',
      `answers ${codes.join(', ')}`,
    );
    const again = await Promise.all(servers.map((s) => register(s.url, 'klein', body, { 'Idempotency-Key': key })));
    const bodies = await Promise.all(again.map((r) => r.json()));
    assert.deepEqual(
      again.map((r) => [r.status, r.headers.get('idempotent-replayed')]),
      [
        [201, 'true'],
        [201, 'true'],
      ],
    );
    assert.deepEqual(bodies[0], bodies[1]);
    assert.match(bodies[0].cancelUrl, /^https:\/\/inschrijven\.som\.example\/api\/registrations\/[\w-]{43}$/);
    assert.equal((await (await fetch(`${servers[1].url}/api/events/klein/registrations`)).json()).confirmed, 1);
  });

  test('the outbox: two senders claiming at once never take the same mail', async () => {
    const storages = [await openTestStorage(dir), await openTestStorage(dir)];
    try {
      const now = new Date(Date.now() + 60_000).toISOString(); // everything queued above is due
      const lease = new Date(Date.now() + 3_600_000).toISOString();
      /** @type {number[][]} */
      const claimed = [[], []];
      for (let round = 0; round < 100; round++) {
        const got = await Promise.all(storages.map((s) => s.claimMails(now, lease, 7)));
        got.forEach((jobs, i) => claimed[i].push(...jobs.map((j) => j.id)));
        if (got.every((jobs) => jobs.length === 0)) break;
      }
      const all = [...claimed[0], ...claimed[1]];
      assert.ok(all.length >= 300, `claimed ${all.length}`); // a confirmation per registration, at least
      assert.equal(new Set(all).size, all.length, 'a mail claimed twice');
    } finally {
      await Promise.all(storages.map((s) => s.close()));
    }
  });
});
