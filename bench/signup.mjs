// Sign-ups per second against the real server (in-process, real HTTP), on SQLite and on PostgreSQL side by side,
// each beside the raw commit rate of that database on this machine (the ceiling: one INSERT per transaction,
// nothing else), and once more into an event that already has 28,000 registrations (constant with counters).
// Run after a build: `npx tsc -p tsconfig.build.json && node bench/signup.mjs [sequential] [concurrent] [inFlight]`.
// PostgreSQL is a throwaway cluster from Debian's package (server/test-support/postgres.js) with its durable
// defaults (fsync, synchronous_commit on), as SQLite runs with synchronous = FULL; skipped when not installed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { readConfig } from '../server/src/config.js';
import { startServer } from '../server/src/server.js';
import { postgresMissing, startPostgres } from '../server/test-support/postgres.js';

const [SEQUENTIAL = 200, CONCURRENT = 600, IN_FLIGHT = 50] = process.argv.slice(2).map(Number);
const RAW = 1000; // commits for the ceiling
const FILLED = 28_000; // registrations already in the "filled" event

const start = new Date(Date.now() + 30 * 86_400_000).toISOString();
const feed = {
  version: 1,
  network: { id: 'bench', name: 'Bench' },
  events: ['sequential', 'concurrent', 'filled'].map((id) => ({
    id,
    title: id,
    start,
    // Capacity below the number of sign-ups, so the waiting list (and its position query) is exercised too.
    registration: {
      type: 'form',
      endpoint: 'https://x.example/',
      privacyUrl: 'https://x.example/privacy',
      capacity: 300,
      waitlist: true,
      fields: [{ id: 'organisatie', label: 'Organisatie', type: 'text', required: true }],
    },
  })),
};

/** Run `total` tasks with at most `parallel` at once; returns per second and latency percentiles. */
async function measure(total, parallel, task) {
  const latencies = [];
  const t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next++ < total) {
        const t0 = performance.now();
        await task();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { perSecond: total / seconds, p50: p(0.5), p95: p(0.95) };
}

/** The ceiling on SQLite: WAL, synchronous FULL (as the server), one INSERT per transaction. */
function rawSqlite(dir) {
  const db = new Database(path.join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const t = performance.now();
  for (let i = 0; i < RAW; i++) insert.run(`row ${i}`);
  const perSecond = RAW / ((performance.now() - t) / 1000);
  db.close();
  return { sequential: perSecond, concurrent: perSecond }; // one writer at a time: in flight changes nothing
}

/** The ceiling on PostgreSQL: one INSERT per transaction, one connection, then IN_FLIGHT on a pool of 10. */
async function rawPostgres(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query('CREATE TABLE raw_t (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v TEXT NOT NULL)');
  const insert = () => pool.query('INSERT INTO raw_t (v) VALUES ($1)', ['row']);
  const sequential = (await measure(RAW, 1, insert)).perSecond;
  const concurrent = (await measure(RAW, IN_FLIGHT, insert)).perSecond;
  await pool.end();
  return { sequential, concurrent };
}

/** 28,000 registrations in "filled", behind the server's back (the counters' triggers see them). */
async function fill(storageKind, dir, url) {
  const sql = (series) => `INSERT INTO registrations (id, event_id, token_hash, status, created_at, updated_at)
    SELECT 'fill-' || i, 'filled', 'fill-hash-' || i, CASE WHEN i <= 300 THEN 'confirmed' ELSE 'waitlisted' END,
    '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM ${series}`;
  if (storageKind === 'SQLite') {
    const db = new Database(path.join(dir, 'som.db'));
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${FILLED}) ${sql('n')}`);
    db.close();
  } else {
    const client = new pg.Client(url);
    await client.connect();
    await client.query(sql(`generate_series(1, ${FILLED}) i`));
    // One statement updated the event's counter row 28,000 times: tidy up as autovacuum would after a real
    // day's sign-ups, or every later read walks the dead versions (the bench would measure the fill, not us).
    await client.query('VACUUM ANALYZE events, registrations');
    await client.end();
  }
}

/** The server on one storage: sign-ups sequential, concurrent, into the filled event, and availability there. */
async function benchServer(storageKind, dir, databaseUrl) {
  writeFileSync(path.join(dir, 'feed.json'), JSON.stringify(feed));
  const config = readConfig({
    PORT: '0',
    FEED_FILE: path.join(dir, 'feed.json'),
    DATABASE_FILE: path.join(dir, 'som.db'),
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const server = await startServer(config, { log: () => {} });
  let n = 0;
  const signUp = (eventId) => async () => {
    const i = ++n;
    const key = crypto.randomUUID();
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${server.url}/api/events/${eventId}/registrations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({
            name: `Persoon ${i}`,
            email: `persoon.${i}@example.org`,
            answers: { organisatie: 'School' },
            consent: true,
            language: 'nl',
          }),
        });
        if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
        return;
      } catch (e) {
        // A connection reset (a keep-alive socket closed as it was reused): retried with the same key, as a
        // client would; counted, so the figures say so.
        if (!(e instanceof TypeError) || attempt === 3) throw e;
        retries++;
      }
    }
  };
  const availability = (eventId) => async () => {
    const res = await fetch(`${server.url}/api/events/${eventId}/registrations`);
    await res.json();
  };
  try {
    await signUp('sequential')(); // warm up (JIT, prepared statements, pool)
    const sequential = await measure(SEQUENTIAL, 1, signUp('sequential'));
    const concurrent = await measure(CONCURRENT, IN_FLIGHT, signUp('concurrent'));
    const emptyAvailability = await measure(300, 1, availability('sequential'));
    await fill(storageKind, dir, databaseUrl);
    const filled = await measure(CONCURRENT, IN_FLIGHT, signUp('filled'));
    const filledAvailability = await measure(300, 1, availability('filled'));
    return { sequential, concurrent, filled, emptyAvailability, filledAvailability };
  } finally {
    await server.close();
  }
}

/** @type {Record<string, any>} */
const results = {};
let retries = 0;
const dirs = [];
try {
  const sqliteDir = mkdtempSync(path.join(tmpdir(), 'som-bench-'));
  dirs.push(sqliteDir);
  results.SQLite = { raw: rawSqlite(sqliteDir), ...(await benchServer('SQLite', sqliteDir)) };

  const missing = postgresMissing();
  if (missing) console.log(`PostgreSQL skipped: ${missing}`);
  else {
    const cluster = await startPostgres({ durable: true });
    try {
      const pgDir = mkdtempSync(path.join(tmpdir(), 'som-bench-'));
      dirs.push(pgDir);
      const admin = new pg.Client(cluster.url);
      await admin.connect();
      await admin.query('CREATE DATABASE bench');
      await admin.query('CREATE DATABASE raw');
      await admin.end();
      const url = (db) => cluster.url.replace(/\/postgres$/, `/${db}`);
      results.PostgreSQL = {
        raw: await rawPostgres(url('raw')),
        ...(await benchServer('PostgreSQL', pgDir, url('bench'))),
      };
    } finally {
      cluster.stop();
    }
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

const kinds = Object.keys(results);
const per = (r) => `${Math.round(r.perSecond)} /s (p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms)`;
const rows = [
  ['raw commits, 1 at a time (ceiling)', (r) => `${Math.round(r.raw.sequential)} /s`],
  [`raw commits, ${IN_FLIGHT} in flight (ceiling)`, (r) => `${Math.round(r.raw.concurrent)} /s`],
  [`sign-ups, 1 at a time (${SEQUENTIAL})`, (r) => per(r.sequential)],
  [`sign-ups, ${IN_FLIGHT} in flight (${CONCURRENT})`, (r) => per(r.concurrent)],
  [`sign-ups, ${IN_FLIGHT} in flight, event of ${FILLED}`, (r) => per(r.filled)],
  ['availability GET, small event', (r) => per(r.emptyAvailability)],
  [`availability GET, event of ${FILLED}`, (r) => per(r.filledAvailability)],
];
const width = 44;
console.log(`\n${''.padEnd(width)}${kinds.map((k) => k.padEnd(40)).join('')}`);
for (const [label, cell] of rows)
  console.log(`${label.padEnd(width)}${kinds.map((k) => cell(results[k]).padEnd(40)).join('')}`);
console.log(
  `\n(${new Date().toISOString()}, node ${process.version}; ${retries} sign-up(s) retried after a connection reset;` +
    ` a shared machine: figures vary with its load)`,
);
