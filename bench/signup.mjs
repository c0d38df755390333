// Sign-ups per second against the real server (in-process, temporary SQLite database, real HTTP).
// Run after a build: `npx tsc -p tsconfig.build.json && node bench/signup.mjs [sequential] [concurrent] [inFlight]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '../server/src/config.js';
import { startServer } from '../server/src/server.js';

const [SEQUENTIAL = 500, CONCURRENT = 2000, IN_FLIGHT = 50] = process.argv.slice(2).map(Number);

const dir = mkdtempSync(path.join(tmpdir(), 'som-bench-'));
const start = new Date(Date.now() + 30 * 86_400_000).toISOString();
const feed = {
  version: 1,
  network: { id: 'bench', name: 'Bench' },
  events: ['sequential', 'concurrent'].map((id) => ({
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
writeFileSync(path.join(dir, 'feed.json'), JSON.stringify(feed));
const config = readConfig({
  PORT: '0',
  FEED_FILE: path.join(dir, 'feed.json'),
  DATABASE_FILE: path.join(dir, 'som.db'),
  RATE_LIMIT_PER_MINUTE: '1000000',
});
const server = await startServer(config, { log: () => {} });

let n = 0;
/** One sign-up; resolves to its latency in ms. */
async function signUp(eventId) {
  const i = ++n;
  const t = performance.now();
  const res = await fetch(`${server.url}/api/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
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
  return performance.now() - t;
}

/** Run `total` sign-ups with at most `parallel` in flight; report throughput and latency. */
async function run(label, eventId, total, parallel) {
  const latencies = [];
  const t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next++ < total) latencies.push(await signUp(eventId));
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(
    `${label.padEnd(28)} ${String(total).padStart(5)} sign-ups in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} /s   (latency p50 ${p(0.5)} ms, p95 ${p(0.95)} ms)`,
  );
}

try {
  await signUp('sequential'); // warm up (JIT, prepared statements)
  await run('sequential (1 in flight)', 'sequential', SEQUENTIAL, 1);
  await run(`concurrent (${IN_FLIGHT} in flight)`, 'concurrent', CONCURRENT, IN_FLIGHT);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
