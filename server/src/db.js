// @ts-check
/**
 * Storage: every SQL statement of the server lives here, behind one small interface. The routes `await`
 * each call, so a PostgreSQL implementation (pg, async) can follow with the same shape; this one is the
 * embedded default, better-sqlite3 (synchronous), in WAL mode.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * @typedef {'confirmed' | 'waitlisted' | 'cancelled'} Status
 * @typedef {object} Registration
 * @property {string} id
 * @property {string} eventId
 * @property {Status} status
 * @property {number | null} position  place on the waiting list (1 = next), null otherwise
 * @property {string | null} name      null once cancelled (nothing kept that is no longer needed)
 * @property {string | null} email
 * @property {Record<string, unknown> | null} answers
 * @property {string | null} language
 * @property {string} createdAt
 *
 * @typedef {object} NewRegistration
 * @property {string} id
 * @property {string} eventId
 * @property {string} tokenHash
 * @property {number | null} capacity  seats; null = unlimited
 * @property {boolean} waitlist
 * @property {string} name
 * @property {string} email
 * @property {Record<string, unknown>} answers
 * @property {string} language
 * @property {string} createdAt
 *
 * @typedef {{ state: 'new' } | { state: 'mismatch' } | { state: 'in-flight' } | { state: 'done', status: number, body: string }} KeyClaim
 *
 * @typedef {{ instrumentId: string, day: string, overall: number | null, level: string | null, dimensions: Record<string, number | null> }} SelfCheck
 *
 * @typedef {object} Storage
 * @property {(events: { id: string, endsAt: string }[]) => void | Promise<void>} syncEvents  record when each form event ends
 * @property {(r: NewRegistration) => MaybePromise<{ outcome: 'created' | 'duplicate' | 'full', registration?: Registration }>} register
 *   seat check and insert in one transaction; an active registration with the same e-mail is returned as 'duplicate'
 * @property {(eventId: string) => MaybePromise<{ confirmed: number, waitlisted: number }>} counts
 * @property {(tokenHash: string) => MaybePromise<Registration | undefined>} findByToken
 * @property {(tokenHash: string, capacity: number | null) => MaybePromise<{ registration: Registration, promoted: string | null } | undefined>} cancel
 *   cancel and, when a confirmed seat frees up, confirm the first person waiting, in one transaction
 * @property {(eventId: string) => MaybePromise<Registration[]>} listActive  confirmed first, then the waiting list in order
 * @property {(before: string) => MaybePromise<number>} deleteEndedBefore  registrations of events that ended before; returns how many
 * @property {(key: string, bodyHash: string, staleBefore: string, now: string) => MaybePromise<KeyClaim>} claimKey
 * @property {(key: string, status: number, body: string) => MaybePromise<void>} saveKey
 * @property {(key: string) => MaybePromise<void>} releaseKey
 * @property {(before: string) => MaybePromise<void>} deleteKeysBefore
 * @property {(s: SelfCheck) => MaybePromise<void>} addSelfCheck
 * @property {() => MaybePromise<SelfCheck[]>} selfChecks
 * @property {() => void} close
 */
/** @template T @typedef {T | Promise<T>} MaybePromise */

/** Numbered, append-only: a database knows which it has, and gets the rest at start. */
const MIGRATIONS = [
  `CREATE TABLE events (
     id TEXT PRIMARY KEY,
     ends_at TEXT NOT NULL                     -- ISO instant; registrations go RETENTION_DAYS after
   );
   CREATE TABLE registrations (
     seq INTEGER PRIMARY KEY,                  -- arrival order, which is the waiting list's order
     id TEXT NOT NULL UNIQUE,
     event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
     token_hash TEXT NOT NULL UNIQUE,          -- sha256 of the cancel token; the token itself is never stored
     status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
     name TEXT, email TEXT, email_key TEXT, answers TEXT, language TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE UNIQUE INDEX registrations_one_per_email ON registrations (event_id, email_key) WHERE status <> 'cancelled';
   CREATE INDEX registrations_by_status ON registrations (event_id, status, seq);
   CREATE TABLE idempotency_keys (
     key TEXT PRIMARY KEY,
     body_hash TEXT NOT NULL,
     status INTEGER,                           -- null while the first request is being handled
     response TEXT,
     created_at TEXT NOT NULL
   );`,
  `CREATE TABLE self_checks (
     id INTEGER PRIMARY KEY,
     instrument_id TEXT NOT NULL,
     day TEXT NOT NULL,                        -- the date only: no time, no address
     overall REAL,
     level TEXT,
     dimensions TEXT NOT NULL
   );
   CREATE INDEX self_checks_by_instrument ON self_checks (instrument_id);`,
];

/** @param {import('better-sqlite3').Database} db */
function migrate(db) {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT id FROM migrations').pluck().all());
  MIGRATIONS.forEach((sql, i) => {
    const id = i + 1;
    if (applied.has(id)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO migrations (id, applied_at) VALUES (?, ?)').run(id, new Date().toISOString());
    }).immediate();
  });
}

/**
 * @param {string} file a path, or ':memory:'
 * @returns {Storage}
 */
export function openSqliteStorage(file) {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000'); // another process (a backup, the CLI) may hold the lock briefly
  // synchronous stays FULL (the default): a registration answered 201 must survive a power cut too.
  migrate(db);
  // No request can be in flight at start: keys left unfinished by a crash may be retried.
  db.prepare('DELETE FROM idempotency_keys WHERE status IS NULL').run();

  const q = {
    upsertEvent: db.prepare('INSERT INTO events (id, ends_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET ends_at = excluded.ends_at'),
    active: db.prepare("SELECT * FROM registrations WHERE event_id = ? AND email_key = ? AND status <> 'cancelled'"),
    count: db.prepare('SELECT count(*) FROM registrations WHERE event_id = ? AND status = ?').pluck(),
    insert: db.prepare(`INSERT INTO registrations (id, event_id, token_hash, status, name, email, email_key, answers, language, created_at, updated_at)
      VALUES (@id, @eventId, @tokenHash, @status, @name, @email, @emailKey, @answers, @language, @createdAt, @createdAt)`),
    position: db.prepare("SELECT count(*) FROM registrations WHERE event_id = ? AND status = 'waitlisted' AND seq <= ?").pluck(),
    byId: db.prepare('SELECT * FROM registrations WHERE id = ?'),
    byToken: db.prepare('SELECT * FROM registrations WHERE token_hash = ?'),
    cancel: db.prepare("UPDATE registrations SET status = 'cancelled', name = NULL, email = NULL, email_key = NULL, answers = NULL, updated_at = ? WHERE seq = ?"),
    firstWaiting: db.prepare("SELECT seq, id FROM registrations WHERE event_id = ? AND status = 'waitlisted' ORDER BY seq LIMIT 1"),
    promote: db.prepare("UPDATE registrations SET status = 'confirmed', updated_at = ? WHERE seq = ?"),
    listActive: db.prepare("SELECT * FROM registrations WHERE event_id = ? AND status <> 'cancelled' ORDER BY status = 'waitlisted', seq"),
    countEnded: db.prepare('SELECT count(*) FROM registrations WHERE event_id IN (SELECT id FROM events WHERE ends_at < ?)').pluck(),
    deleteEnded: db.prepare('DELETE FROM events WHERE ends_at < ?'),
    getKey: db.prepare('SELECT * FROM idempotency_keys WHERE key = ?'),
    putKey: db.prepare('INSERT OR REPLACE INTO idempotency_keys (key, body_hash, status, response, created_at) VALUES (?, ?, NULL, NULL, ?)'),
    saveKey: db.prepare('UPDATE idempotency_keys SET status = ?, response = ? WHERE key = ?'),
    releaseKey: db.prepare('DELETE FROM idempotency_keys WHERE key = ?'),
    deleteKeys: db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?'),
    addSelfCheck: db.prepare('INSERT INTO self_checks (instrument_id, day, overall, level, dimensions) VALUES (?, ?, ?, ?, ?)'),
    selfChecks: db.prepare('SELECT instrument_id, day, overall, level, dimensions FROM self_checks ORDER BY id'),
  };

  /** @param {any} row @returns {Registration} */
  const toRegistration = (row) => ({
    id: row.id,
    eventId: row.event_id,
    status: row.status,
    position: row.status === 'waitlisted' ? /** @type {number} */ (q.position.get(row.event_id, row.seq)) : null,
    name: row.name,
    email: row.email,
    answers: row.answers ? JSON.parse(row.answers) : null,
    language: row.language,
    createdAt: row.created_at,
  });

  const register = db.transaction((/** @type {NewRegistration} */ r) => {
    const emailKey = r.email.trim().toLowerCase();
    const existing = q.active.get(r.eventId, emailKey);
    if (existing) return { outcome: /** @type {const} */ ('duplicate'), registration: toRegistration(existing) };
    const confirmed = /** @type {number} */ (q.count.get(r.eventId, 'confirmed'));
    const seat = r.capacity === null || confirmed < r.capacity;
    if (!seat && !r.waitlist) return { outcome: /** @type {const} */ ('full') };
    q.insert.run({ ...r, status: seat ? 'confirmed' : 'waitlisted', emailKey, answers: JSON.stringify(r.answers) });
    return { outcome: /** @type {const} */ ('created'), registration: toRegistration(q.byId.get(r.id)) };
  });

  const cancel = db.transaction((/** @type {string} */ tokenHash, /** @type {number | null} */ capacity) => {
    const row = /** @type {any} */ (q.byToken.get(tokenHash));
    if (!row) return undefined;
    let promoted = null;
    if (row.status !== 'cancelled') {
      const now = new Date().toISOString();
      q.cancel.run(now, row.seq);
      const confirmed = /** @type {number} */ (q.count.get(row.event_id, 'confirmed'));
      const next = /** @type {any} */ (q.firstWaiting.get(row.event_id));
      if (row.status === 'confirmed' && next && (capacity === null || confirmed < capacity)) {
        q.promote.run(now, next.seq);
        promoted = next.id;
      }
    }
    return { registration: toRegistration(q.byToken.get(tokenHash)), promoted };
  });

  const claimKey = db.transaction((/** @type {string} */ key, /** @type {string} */ bodyHash, /** @type {string} */ staleBefore, /** @type {string} */ now) => {
    const row = /** @type {any} */ (q.getKey.get(key));
    if (row && row.body_hash !== bodyHash) return { state: /** @type {const} */ ('mismatch') };
    if (row?.status != null) return { state: /** @type {const} */ ('done'), status: row.status, body: row.response };
    if (row && row.created_at >= staleBefore) return { state: /** @type {const} */ ('in-flight') };
    q.putKey.run(key, bodyHash, now); // new, or abandoned by a request that never finished
    return { state: /** @type {const} */ ('new') };
  });

  const deleteEndedBefore = db.transaction((/** @type {string} */ before) => {
    const n = /** @type {number} */ (q.countEnded.get(before));
    q.deleteEnded.run(before); // registrations go with their event (ON DELETE CASCADE)
    return n;
  });

  return {
    syncEvents: db.transaction((/** @type {{ id: string, endsAt: string }[]} */ events) => { for (const e of events) q.upsertEvent.run(e.id, e.endsAt); }),
    // BEGIN IMMEDIATE takes the write lock before counting seats, so no other writer can slip in between.
    register: (r) => register.immediate(r),
    counts: (eventId) => ({
      confirmed: /** @type {number} */ (q.count.get(eventId, 'confirmed')),
      waitlisted: /** @type {number} */ (q.count.get(eventId, 'waitlisted')),
    }),
    findByToken: (tokenHash) => {
      const row = q.byToken.get(tokenHash);
      return row ? toRegistration(row) : undefined;
    },
    cancel: (tokenHash, capacity) => cancel.immediate(tokenHash, capacity),
    listActive: (eventId) => q.listActive.all(eventId).map(toRegistration),
    deleteEndedBefore: (before) => deleteEndedBefore.immediate(before),
    claimKey: (key, bodyHash, staleBefore, now) => claimKey.immediate(key, bodyHash, staleBefore, now),
    saveKey: (key, status, body) => void q.saveKey.run(status, body, key),
    releaseKey: (key) => void q.releaseKey.run(key),
    deleteKeysBefore: (before) => void q.deleteKeys.run(before),
    addSelfCheck: (s) => void q.addSelfCheck.run(s.instrumentId, s.day, s.overall, s.level, JSON.stringify(s.dimensions)),
    selfChecks: () => q.selfChecks.all().map((/** @type {any} */ row) => ({
      instrumentId: row.instrument_id, day: row.day, overall: row.overall, level: row.level, dimensions: JSON.parse(row.dimensions),
    })),
    close: () => db.close(),
  };
}
