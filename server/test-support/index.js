// @ts-check
/**
 * Test helpers (outside test/, so that node --test does not count this file as a test): a fixture feed
 * with dates relative to now, a temporary folder, the real server started on port 0 (for one test or a whole
 * file), sign-ups, and polling for a state.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { readConfig } from '../src/config.js';
import { openStorage, startServer } from '../src/server.js';
import { testDatabaseUrl } from './postgres.js';

const DAY = 86_400_000;

/** An ISO date-time `days` from now (fractions allowed), without milliseconds. @param {number} days */
export const at = (days) => new Date(Date.now() + days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** A date `days` from now in the network's zone (Europe/Brussels), as the server counts days. @param {number} days */
export const day = (days) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(Date.now() + days * DAY));

export const ORIGIN = 'https://school.example';
/** Strong enough for the server's start check (128 bits or more). */
export const ADMIN_TOKEN = 'test-admin-Qm2vX9pLr4sKd8Wn3Zc6Hy1T';

const privacyUrl = 'https://som.example/privacy';
/** @param {Record<string, unknown>} extra */
const form = (extra = {}) => ({ type: 'form', endpoint: 'https://elsewhere.example/signup', privacyUrl, ...extra });
/** A self-check dimension with one two-option question. @param {string} id @param {string} label @param {string} question */
const dimension = (id, label, question) => ({
  id,
  label: { nl: label },
  questions: [
    {
      id: question,
      text: 'Vraag',
      options: [
        { value: 1, label: 'a' },
        { value: 5, label: 'b' },
      ],
    },
  ],
});

export function fixtureFeed() {
  return {
    version: 1,
    network: { id: 'som-test', name: 'SOM Test', languages: ['nl', 'en'], timeZone: 'Europe/Brussels' },
    taxonomies: {
      audiences: [{ id: 'leraren' }, { id: 'directies' }],
      levels: [{ id: 'lager' }, { id: 'secundair-1' }],
    },
    events: [
      {
        id: 'groot',
        title: { nl: 'Open SOM-raad', en: 'Open SOM council' },
        start: at(20),
        end: at(20.1),
        audiences: ['leraren'],
        levels: ['secundair-1'],
        themes: ['welbevinden'],
        location: { name: 'HAL 5', address: 'Gineste Dumortierstraat 5, 3010 Leuven' },
        image: { src: 'http://localhost:8080/img/hal5.jpg', alt: 'HAL 5' },
        registration: form({ capacity: 50, waitlist: true }),
      },
      {
        id: 'klein',
        title: 'Labo in kleine groep',
        start: at(15),
        end: at(15.1),
        audiences: ['leraren'],
        levels: ['lager'],
        registration: form({ capacity: 2, waitlist: true }),
      },
      { id: 'zonder-wachtlijst', title: 'Rondleiding', start: at(12), registration: form({ capacity: 1 }) },
      { id: 'gesloten', title: 'Gesloten inschrijving', start: at(10), registration: form({ closes: at(-1) }) },
      { id: 'nog-niet-open', title: 'Later open', start: at(40), registration: form({ opens: at(5) }) },
      { id: 'afgelast', title: 'Afgelast', start: at(8), status: 'cancelled', registration: form({ capacity: 10 }) },
      {
        id: 'vragen',
        title: 'Forum met vragen',
        start: at(30),
        audiences: ['directies'],
        levels: ['secundair-1'],
        registration: form({
          fields: [
            {
              id: 'organisatie',
              label: { nl: 'Organisatie', en: 'Organisation' },
              type: 'text',
              required: true,
              maxLength: 40,
            },
            { id: 'werkmail', label: 'Werkmail', type: 'email' },
            { id: 'telefoon', label: 'Telefoon', type: 'tel' },
            { id: 'vraag', label: 'Je vraag', type: 'textarea', maxLength: 500 },
            {
              id: 'rol',
              label: 'Rol',
              type: 'select',
              required: true,
              options: [
                { value: 'leraar', label: 'Leraar' },
                { value: 'directie', label: 'Directie' },
              ],
            },
            { id: 'foto', label: 'Foto mag', type: 'checkbox', required: true },
            { id: 'aantal', label: 'Aantal personen', type: 'number' },
          ],
        }),
      },
      {
        id: 'voorbij',
        title: 'Vorige week',
        start: at(-10),
        end: at(-9.9),
        audiences: ['leraren'],
        registration: form(),
      },
      { id: 'lang-geleden', title: 'Lang geleden', start: at(-60), end: at(-59.9), audiences: ['leraren'] },
      {
        id: 'studiedag',
        title: 'Studiedag',
        start: day(25),
        end: day(26),
        audiences: ['directies'],
        levels: ['lager'],
        themes: ['iedereen-aan-boord'],
        registration: { type: 'external', url: 'https://partner.example/inschrijven' },
      },
    ],
    selfChecks: [
      {
        id: 'partnerscan',
        title: { nl: 'Partnerscan' },
        dimensions: [dimension('doelen', 'Gedeelde doelen', 'q1'), dimension('rollen', 'Rollen', 'q2')],
      },
    ],
  };
}

/** @type {string[]} */
const made = [];
process.on('exit', () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh temporary folder with demo/ and dist/ fixtures for the static routes; removed when the tests end. */
export function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'som-server-'));
  made.push(dir);
  for (const sub of ['demo/img', 'dist/cdn', 'dist/feed', 'node_modules/secret'])
    mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'demo/index.html'), '<!doctype html><title>Demo</title>');
  writeFileSync(path.join(dir, 'demo/school.html'), '<!doctype html><title>School</title>');
  writeFileSync(path.join(dir, 'demo/img/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, 'demo/.env'), 'SECRET=1');
  writeFileSync(path.join(dir, 'dist/cdn/som-widgets.js'), 'export {};');
  writeFileSync(path.join(dir, 'dist/feed/index.js'), 'export {};');
  writeFileSync(path.join(dir, 'node_modules/secret/index.js'), 'secret');
  writeFileSync(path.join(dir, 'package.json'), '{"secret":true}');
  return dir;
}

/**
 * Start the real server on port 0 with a temporary database.
 * @param {{ dir?: string, feed?: unknown, env?: Record<string, string>, now?: () => Date, mail?: import('../src/mailer.js').MailOptions,
 *   timeouts?: Partial<typeof import('../src/server.js').TIMEOUTS> }} [options]
 */
export async function startTestServer({ dir = tempDir(), feed = fixtureFeed(), env = {}, now, mail, timeouts } = {}) {
  const feedFile = path.join(dir, 'feed.json');
  writeFileSync(feedFile, JSON.stringify(feed));
  const config = {
    ...readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      FEED_FILE: feedFile,
      DATABASE_FILE: path.join(dir, 'data/som.db'),
      ALLOWED_ORIGINS: ORIGIN,
      ADMIN_TOKEN,
      RATE_LIMIT_PER_MINUTE: '100000',
      ...(await storageEnv(dir)),
      ...env,
    }),
    root: dir,
  };
  /** @type {string[]} */
  const logs = [];
  const server = await startServer(config, { log: (line) => logs.push(line), now, mail, timeouts });
  return { ...server, dir, logs, config };
}

/** @typedef {Awaited<ReturnType<typeof startTestServer>>} TestServer */

/**
 * One test server for a whole test file: started before its tests, closed after them; `ready` gets it once it
 * runs (the file keeps it in its own variables).
 * @param {(server: TestServer) => void} ready @param {Parameters<typeof startTestServer>[0]} [options]
 */
export function serverForFile(ready, options) {
  /** @type {TestServer | undefined} */
  let server;
  before(async () => ready((server = await startTestServer(options))));
  after(() => server?.close());
}

/** Poll until `check` gives something truthy (at most `ms`). @template T @param {() => Promise<T> | T} check */
export async function waitUntil(check, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Which storage the suite runs against: SOM_TEST_STORAGE=postgres (test-support/run-postgres.js sets it), else SQLite. */
export const STORAGE = process.env.SOM_TEST_STORAGE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * The database of a test folder: the SQLite file in it, or (STORAGE postgres) a PostgreSQL database named
 * after it, so a second server started on the same folder finds the first one's data, as with the file.
 * @param {string} dir
 * @returns {Promise<Record<string, string>>}
 */
export async function storageEnv(dir) {
  return STORAGE === 'postgres' ? { DATABASE_URL: await testDatabaseUrl(dir) } : {};
}

/**
 * Plain SQL on a test folder's database, behind the server's back (no parameters: the dialects differ there).
 * @param {string} dir
 * @param {string} sql
 * @returns {Promise<any[]>}
 */
export async function sqlQuery(dir, sql) {
  if (STORAGE === 'sqlite') {
    const db = new Database(path.join(dir, 'data/som.db'));
    try {
      const statement = db.prepare(sql);
      return statement.reader ? statement.all() : (statement.run(), []);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client((await storageEnv(dir)).DATABASE_URL);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A table's column names, in order. @param {string} dir @param {string} table */
export async function tableColumns(dir, table) {
  const rows =
    STORAGE === 'sqlite'
      ? await sqlQuery(dir, `SELECT name FROM pragma_table_info('${table}')`)
      : await sqlQuery(
          dir,
          `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
        );
  return rows.map((r) => r.name);
}

/** The storage of a test folder opened directly (a test that plays a dying process). @param {string} dir */
export async function openTestStorage(dir) {
  const config = readConfig({ DATABASE_FILE: path.join(dir, 'data/som.db'), ...(await storageEnv(dir)) });
  return openStorage(config, () => {});
}

let counter = 0;
/** A valid sign-up body; every call gets a distinct e-mail address unless one is given. @param {Record<string, unknown>} [extra] */
export const signup = (extra = {}) => ({
  name: 'An Peeters',
  email: `an.${++counter}@example.org`,
  answers: {},
  consent: true,
  language: 'nl',
  website: '',
  ...extra,
});

/**
 * POST a sign-up with a fresh Idempotency-Key unless one is given.
 * @param {string} base @param {string} eventId @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function register(base, eventId, body, headers = {}) {
  return fetch(`${base}/api/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * `count` sign-ups for the event `groot` (50 seats, a waiting list) sent all at once, spread over `bases` in
 * turn (one server, or several processes on one database). Returns every HTTP status seen, and the confirmed
 * and the waitlisted answers.
 * @param {string[]} bases @param {number} count
 */
export async function signupsAtOnce(bases, count) {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      register(bases[i % bases.length] ?? '', 'groot', signup({ email: `deelnemer.${i}@school.example` })).then(
        async (r) => ({ status: r.status, body: await r.json() }),
      ),
    ),
  );
  return {
    statuses: [...new Set(answers.map((a) => a.status))],
    confirmed: answers.filter((a) => a.body.status === 'confirmed'),
    waiting: answers.filter((a) => a.body.status === 'waitlisted'),
  };
}
