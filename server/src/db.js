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
 * @property {string} [resendVersion]  on a duplicate, queue a re-sent confirmation under this key (one per window)
 *
 * @typedef {'confirmation' | 'resend' | 'promotion' | 'reminder' | 'change'} MailKind
 * @typedef {'pending' | 'sending' | 'sent' | 'failed' | 'skipped'} MailState
 * @typedef {object} MailJob  an outbox row with what rendering it needs
 * @property {number} id
 * @property {MailKind} kind
 * @property {string} registrationId
 * @property {string} eventId
 * @property {string} version
 * @property {string} messageKey  stable across retries: the Message-ID lets a receiver spot a second copy
 * @property {any} payload       kind-specific facts (a change: before and after); never personal data
 * @property {MailState} state
 * @property {number} attempts   including the one in progress
 * @property {string | null} error
 * @property {string} createdAt
 * @property {string | null} sentAt
 * @property {number} sequence   the event's current version (SEQUENCE of its calendar files)
 * @property {Registration} registration
 * @property {string} tokenHash
 *
 * @typedef {object} FailedMail  for the organiser: which mail to whom (by registration), why; no addresses
 * @property {number} id
 * @property {string} registrationId
 * @property {MailKind} kind
 * @property {number} attempts
 * @property {string | null} error
 * @property {string} createdAt
 *
 * @typedef {{ eventId: string, sequence: number, snapshot: string }} EventVersion
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
 * @property {(tokenHash: string, capacity: number | null, now?: string) => MaybePromise<{ registration: Registration, promoted: string | null } | undefined>} cancel
 *   cancel and, when a confirmed seat frees up, confirm the first person waiting and queue their mail, in one transaction
 * @property {(eventId: string) => MaybePromise<Registration[]>} listActive  confirmed first, then the waiting list in order
 * @property {(before: string) => MaybePromise<number>} deleteEndedBefore  registrations of events that ended before; returns how many
 * @property {(key: string, bodyHash: string, staleBefore: string, now: string) => MaybePromise<KeyClaim>} claimKey
 * @property {(key: string, status: number, body: string) => MaybePromise<void>} saveKey
 * @property {(key: string) => MaybePromise<void>} releaseKey
 * @property {(before: string) => MaybePromise<void>} deleteKeysBefore
 * @property {() => MaybePromise<EventVersion[]>} eventVersions  the last version of each event that people were told about
 * @property {(v: EventVersion & { change: unknown, now: string }) => MaybePromise<number>} saveEventVersion
 *   record a version; with a `change` (not null), queue a change mail for everyone registered, in the same transaction; returns how many
 * @property {(eventId: string, version: string, dueAt: string, now: string) => MaybePromise<number>} queueReminders
 *   queue the reminder for every confirmed person who signed up (or moved up) before it came due; returns how many are new
 * @property {(now: string, leaseUntil: string, limit: number) => MaybePromise<MailJob[]>} claimMails
 *   due mails (and those whose lease ran out: a sender that died), marked 'sending' until `leaseUntil`
 * @property {(id: number, attempt: number, now: string) => MaybePromise<void>} mailSent
 * @property {(id: number, attempt: number, nextAt: string, error: string) => MaybePromise<void>} mailRetry
 * @property {(id: number, attempt: number, state: 'failed' | 'skipped', error: string, now: string) => MaybePromise<void>} mailDone
 *   gave up (failed, with the reason) or nothing to send any more (skipped)
 * @property {(eventId: string) => MaybePromise<FailedMail[]>} failedMails  mails that could not be delivered, per event
 * @property {(limit: number) => MaybePromise<MailJob[]>} recentMails  newest first (the demo's page of mails)
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
  `CREATE TABLE event_versions (
     event_id TEXT PRIMARY KEY,
     sequence INTEGER NOT NULL,                -- SEQUENCE of the calendar files; up by one per change people are told about
     snapshot TEXT NOT NULL,                   -- what a change mail is about: status, start, end, place, online link
     updated_at TEXT NOT NULL
   );
   CREATE TABLE outbox (                       -- every mail, written in the transaction of the change that causes it
     id INTEGER PRIMARY KEY,
     registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
     event_id TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'resend', 'promotion', 'reminder', 'change')),
     version TEXT NOT NULL,                    -- which event version (or re-send window) the mail is for
     message_key TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
     payload TEXT,                             -- JSON; never personal data (rendered from the registration when sent)
     state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     lease_until TEXT,                         -- while 'sending': after this a sender is presumed dead and the mail is retried
     error TEXT,                               -- why it failed or was skipped; no addresses or names
     created_at TEXT NOT NULL,
     sent_at TEXT,
     UNIQUE (registration_id, kind, version)   -- at most one of each
   );
   CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
   CREATE INDEX outbox_by_event ON outbox (event_id, state);`,
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
    upsertEvent: db.prepare(
      'INSERT INTO events (id, ends_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET ends_at = excluded.ends_at',
    ),
    active: db.prepare("SELECT * FROM registrations WHERE event_id = ? AND email_key = ? AND status <> 'cancelled'"),
    count: db.prepare('SELECT count(*) FROM registrations WHERE event_id = ? AND status = ?').pluck(),
    insert:
      db.prepare(`INSERT INTO registrations (id, event_id, token_hash, status, name, email, email_key, answers, language, created_at, updated_at)
      VALUES (@id, @eventId, @tokenHash, @status, @name, @email, @emailKey, @answers, @language, @createdAt, @createdAt)`),
    position: db
      .prepare("SELECT count(*) FROM registrations WHERE event_id = ? AND status = 'waitlisted' AND seq <= ?")
      .pluck(),
    byId: db.prepare('SELECT * FROM registrations WHERE id = ?'),
    byToken: db.prepare('SELECT * FROM registrations WHERE token_hash = ?'),
    cancel: db.prepare(
      "UPDATE registrations SET status = 'cancelled', name = NULL, email = NULL, email_key = NULL, answers = NULL, updated_at = ? WHERE seq = ?",
    ),
    firstWaiting: db.prepare(
      "SELECT seq, id FROM registrations WHERE event_id = ? AND status = 'waitlisted' ORDER BY seq LIMIT 1",
    ),
    promote: db.prepare("UPDATE registrations SET status = 'confirmed', updated_at = ? WHERE seq = ?"),
    listActive: db.prepare(
      "SELECT * FROM registrations WHERE event_id = ? AND status <> 'cancelled' ORDER BY status = 'waitlisted', seq",
    ),
    countEnded: db
      .prepare('SELECT count(*) FROM registrations WHERE event_id IN (SELECT id FROM events WHERE ends_at < ?)')
      .pluck(),
    deleteEnded: db.prepare('DELETE FROM events WHERE ends_at < ?'),
    getKey: db.prepare('SELECT * FROM idempotency_keys WHERE key = ?'),
    putKey: db.prepare(
      'INSERT OR REPLACE INTO idempotency_keys (key, body_hash, status, response, created_at) VALUES (?, ?, NULL, NULL, ?)',
    ),
    saveKey: db.prepare('UPDATE idempotency_keys SET status = ?, response = ? WHERE key = ?'),
    releaseKey: db.prepare('DELETE FROM idempotency_keys WHERE key = ?'),
    deleteKeys: db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?'),
    addSelfCheck: db.prepare(
      'INSERT INTO self_checks (instrument_id, day, overall, level, dimensions) VALUES (?, ?, ?, ?, ?)',
    ),
    selfChecks: db.prepare('SELECT instrument_id, day, overall, level, dimensions FROM self_checks ORDER BY id'),
    queueMail:
      db.prepare(`INSERT OR IGNORE INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
      VALUES (@registrationId, @eventId, @kind, @version, @payload, @now, @now)`),
    sequenceOf: db.prepare('SELECT sequence FROM event_versions WHERE event_id = ?').pluck(),
    skipMailsOf: db.prepare(
      "UPDATE outbox SET state = 'skipped', error = 'registration cancelled', lease_until = NULL WHERE registration_id = ? AND state = 'pending'",
    ),
    eventVersions: db.prepare('SELECT event_id, sequence, snapshot FROM event_versions'),
    saveVersion: db.prepare(`INSERT INTO event_versions (event_id, sequence, snapshot, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (event_id) DO UPDATE SET sequence = excluded.sequence, snapshot = excluded.snapshot, updated_at = excluded.updated_at`),
    queueChanges:
      db.prepare(`INSERT OR IGNORE INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
      SELECT id, event_id, 'change', @version, @payload, @now, @now FROM registrations WHERE event_id = @eventId AND status <> 'cancelled'`),
    queueReminders:
      db.prepare(`INSERT OR IGNORE INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
      SELECT id, event_id, 'reminder', @version, NULL, @now, @now FROM registrations
      WHERE event_id = @eventId AND status = 'confirmed' AND updated_at <= @dueAt`),
    claim: db
      .prepare(
        `UPDATE outbox SET state = 'sending', attempts = attempts + 1, lease_until = @leaseUntil
      WHERE id IN (SELECT id FROM outbox WHERE (state = 'pending' AND next_attempt_at <= @now) OR (state = 'sending' AND lease_until <= @now)
      ORDER BY next_attempt_at, id LIMIT @limit) RETURNING id`,
      )
      .pluck(),
    job: db.prepare(`SELECT o.*, r.seq, r.status, r.name, r.email, r.answers, r.language, r.created_at AS registered_at, r.token_hash,
      COALESCE(v.sequence, 0) AS sequence FROM outbox o JOIN registrations r ON r.id = o.registration_id
      LEFT JOIN event_versions v ON v.event_id = o.event_id WHERE o.id = ?`),
    mailSent: db.prepare(
      "UPDATE outbox SET state = 'sent', sent_at = ?, lease_until = NULL, error = NULL WHERE id = ? AND attempts = ? AND state = 'sending'",
    ),
    mailRetry: db.prepare(
      "UPDATE outbox SET state = 'pending', next_attempt_at = ?, lease_until = NULL, error = ? WHERE id = ? AND attempts = ? AND state = 'sending'",
    ),
    mailDone: db.prepare(
      "UPDATE outbox SET state = ?, error = ?, sent_at = ?, lease_until = NULL WHERE id = ? AND attempts = ? AND state = 'sending'",
    ),
    failedMails: db.prepare(
      "SELECT id, registration_id, kind, attempts, error, created_at FROM outbox WHERE event_id = ? AND state = 'failed' ORDER BY id",
    ),
    recentMails: db.prepare('SELECT id FROM outbox ORDER BY id DESC LIMIT ?').pluck(),
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

  /** @param {string} registrationId @param {string} eventId @param {MailKind} kind @param {string} now @param {string} [version] */
  const queueMail = (registrationId, eventId, kind, now, version) =>
    q.queueMail.run({
      registrationId,
      eventId,
      kind,
      now,
      payload: null,
      version: version ?? String(/** @type {number | undefined} */ (q.sequenceOf.get(eventId)) ?? 0),
    }).changes;

  const register = db.transaction((/** @type {NewRegistration} */ r) => {
    const emailKey = r.email.trim().toLowerCase();
    const existing = /** @type {any} */ (q.active.get(r.eventId, emailKey));
    if (existing) {
      // The confirmation again, to the address on file (never to whoever asked), at most once per window.
      if (r.resendVersion) queueMail(existing.id, r.eventId, 'resend', r.createdAt, r.resendVersion);
      return { outcome: /** @type {const} */ ('duplicate'), registration: toRegistration(existing) };
    }
    const confirmed = /** @type {number} */ (q.count.get(r.eventId, 'confirmed'));
    const seat = r.capacity === null || confirmed < r.capacity;
    if (!seat && !r.waitlist) return { outcome: /** @type {const} */ ('full') };
    q.insert.run({ ...r, status: seat ? 'confirmed' : 'waitlisted', emailKey, answers: JSON.stringify(r.answers) });
    queueMail(r.id, r.eventId, 'confirmation', r.createdAt);
    return { outcome: /** @type {const} */ ('created'), registration: toRegistration(q.byId.get(r.id)) };
  });

  const cancel = db.transaction(
    (/** @type {string} */ tokenHash, /** @type {number | null} */ capacity, /** @type {string | undefined} */ at) => {
      const row = /** @type {any} */ (q.byToken.get(tokenHash));
      if (!row) return undefined;
      let promoted = null;
      if (row.status !== 'cancelled') {
        const now = at ?? new Date().toISOString();
        q.cancel.run(now, row.seq);
        q.skipMailsOf.run(row.id); // the address is gone: nothing more goes to it
        const confirmed = /** @type {number} */ (q.count.get(row.event_id, 'confirmed'));
        const next = /** @type {any} */ (q.firstWaiting.get(row.event_id));
        if (row.status === 'confirmed' && next && (capacity === null || confirmed < capacity)) {
          q.promote.run(now, next.seq);
          queueMail(next.id, row.event_id, 'promotion', now); // told in the same transaction as the seat changes hands
          promoted = next.id;
        }
      }
      return { registration: toRegistration(q.byToken.get(tokenHash)), promoted };
    },
  );

  const claimKey = db.transaction(
    (
      /** @type {string} */ key,
      /** @type {string} */ bodyHash,
      /** @type {string} */ staleBefore,
      /** @type {string} */ now,
    ) => {
      const row = /** @type {any} */ (q.getKey.get(key));
      if (row && row.body_hash !== bodyHash) return { state: /** @type {const} */ ('mismatch') };
      if (row?.status != null) return { state: /** @type {const} */ ('done'), status: row.status, body: row.response };
      if (row && row.created_at >= staleBefore) return { state: /** @type {const} */ ('in-flight') };
      q.putKey.run(key, bodyHash, now); // new, or abandoned by a request that never finished
      return { state: /** @type {const} */ ('new') };
    },
  );

  const deleteEndedBefore = db.transaction((/** @type {string} */ before) => {
    const n = /** @type {number} */ (q.countEnded.get(before));
    q.deleteEnded.run(before); // registrations go with their event (ON DELETE CASCADE)
    return n;
  });

  /** @param {number} id @returns {MailJob | undefined} */
  const job = (id) => {
    const row = /** @type {any} */ (q.job.get(id));
    if (!row) return undefined;
    return {
      id: row.id,
      kind: row.kind,
      registrationId: row.registration_id,
      eventId: row.event_id,
      version: row.version,
      messageKey: row.message_key,
      payload: row.payload ? JSON.parse(row.payload) : null,
      state: row.state,
      attempts: row.attempts,
      error: row.error,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      sequence: row.sequence,
      tokenHash: row.token_hash,
      registration: toRegistration({ ...row, id: row.registration_id, created_at: row.registered_at }),
    };
  };

  const saveEventVersion = db.transaction((/** @type {EventVersion & { change: unknown, now: string }} */ v) => {
    q.saveVersion.run(v.eventId, v.sequence, v.snapshot, v.now);
    if (v.change === null || v.change === undefined) return 0;
    return q.queueChanges.run({
      eventId: v.eventId,
      version: String(v.sequence),
      payload: JSON.stringify(v.change),
      now: v.now,
    }).changes;
  });

  const claimMails = db.transaction(
    (/** @type {string} */ now, /** @type {string} */ leaseUntil, /** @type {number} */ limit) =>
      /** @type {number[]} */ (q.claim.all({ now, leaseUntil, limit }))
        .sort((a, b) => a - b)
        .map(job)
        .filter((j) => j !== undefined),
  );

  return {
    syncEvents: db.transaction((/** @type {{ id: string, endsAt: string }[]} */ events) => {
      for (const e of events) q.upsertEvent.run(e.id, e.endsAt);
    }),
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
    cancel: (tokenHash, capacity, now) => cancel.immediate(tokenHash, capacity, now),
    listActive: (eventId) => q.listActive.all(eventId).map(toRegistration),
    deleteEndedBefore: (before) => deleteEndedBefore.immediate(before),
    claimKey: (key, bodyHash, staleBefore, now) => claimKey.immediate(key, bodyHash, staleBefore, now),
    saveKey: (key, status, body) => void q.saveKey.run(status, body, key),
    releaseKey: (key) => void q.releaseKey.run(key),
    deleteKeysBefore: (before) => void q.deleteKeys.run(before),
    eventVersions: () =>
      q.eventVersions
        .all()
        .map((/** @type {any} */ row) => ({ eventId: row.event_id, sequence: row.sequence, snapshot: row.snapshot })),
    saveEventVersion: (v) => saveEventVersion.immediate(v),
    queueReminders: (eventId, version, dueAt, now) => q.queueReminders.run({ eventId, version, dueAt, now }).changes,
    claimMails: (now, leaseUntil, limit) => claimMails.immediate(now, leaseUntil, limit),
    mailSent: (id, attempt, now) => void q.mailSent.run(now, id, attempt),
    mailRetry: (id, attempt, nextAt, error) => void q.mailRetry.run(nextAt, error, id, attempt),
    mailDone: (id, attempt, state, error, now) => void q.mailDone.run(state, error, now, id, attempt),
    failedMails: (eventId) =>
      q.failedMails.all(eventId).map((/** @type {any} */ row) => ({
        id: row.id,
        registrationId: row.registration_id,
        kind: row.kind,
        attempts: row.attempts,
        error: row.error,
        createdAt: row.created_at,
      })),
    recentMails: (limit) => /** @type {number[]} */ (q.recentMails.all(limit)).map(job).filter((j) => j !== undefined),
    addSelfCheck: (s) =>
      void q.addSelfCheck.run(s.instrumentId, s.day, s.overall, s.level, JSON.stringify(s.dimensions)),
    selfChecks: () =>
      q.selfChecks.all().map((/** @type {any} */ row) => ({
        instrumentId: row.instrument_id,
        day: row.day,
        overall: row.overall,
        level: row.level,
        dimensions: JSON.parse(row.dimensions),
      })),
    close: () => db.close(),
  };
}
