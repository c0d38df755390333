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
 * @property {string | null} [presentAt]   checked in at the door
 * @property {string | null} [promotedAt]  moved up from the waiting list
 * @property {CancelledBy | null} [cancelledBy]
 *
 * @typedef {'person' | 'reminder' | 'organiser'} CancelledBy  who gave the seat up: the person (their page),
 *   the person through the reminder mail's link, or the organiser
 * @typedef {{ actor: string, action: string, registrationId?: string | null, detail?: unknown }} Audit
 *   an organiser's change, logged in the change's own transaction: actor 'admin' or 'link:<id>'; detail without personal data
 * @typedef {Audit & { id: number, createdAt: string }} AuditEntry
 * @typedef {object} Figures  one event's counts (live, or kept after retention deleted its registrations)
 * @property {string} eventId
 * @property {number} confirmed
 * @property {number} waitlisted
 * @property {number} cancelledPerson
 * @property {number} cancelledReminder
 * @property {number} cancelledOrganiser
 * @property {number} present  confirmed and checked in
 * @property {number} promoted  moved up from the waiting list (whatever their status now)
 * @typedef {{ capacity: number | null, closedAt: string | null }} EventSettings  the organiser's own capacity and early close
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
 * @property {{ key: string, replay: (r: Registration) => string }} [idempotency]  the Idempotency-Key claimed for
 *   this request: a new registration stores its 201 answer (`replay`, without secrets) in the same transaction
 * @property {Audit} [audit]  added by an organiser: logged in the same transaction
 * @property {boolean} [quiet]  no confirmation mail (the demo's made-up registrations)
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
 * @property {(tokenHash: string, capacity: number | null, now?: string, by?: CancelledBy) => MaybePromise<{ registration: Registration, promoted: string | null } | undefined>} cancel
 *   cancel and, when a confirmed seat frees up, confirm the first person waiting and queue their mail, in one transaction
 * @property {(eventId?: string) => MaybePromise<Figures[]>} eventFigures  per event (one, or all with registrations or kept figures)
 * @property {(tokenHash: string) => MaybePromise<{ id: number, eventId: string } | undefined>} organiserLink  the active link with this hash
 * @property {() => MaybePromise<{ id: number, eventId: string, createdAt: string }[]>} organiserLinks  every active link
 * @property {(eventId: string, tokenHash: string, now: string, audit: Audit) => MaybePromise<number>} replaceOrganiserLink
 *   a new link for the event (the old one stops working); returns its id
 * @property {(eventId: string) => MaybePromise<EventSettings | undefined>} eventSettings
 * @property {(eventId: string, capacity: number | null, feedCapacity: number | null, now: string, audit: Audit) => MaybePromise<string[]>} setCapacity
 *   the organiser's capacity (null: the feed's again); promotes waiting people into new seats at once; returns their ids
 * @property {(eventId: string, closedAt: string | null, now: string, audit: Audit) => MaybePromise<void>} setClosed
 * @property {(eventId: string, registrationId: string, capacity: number | null, now: string, audit: Audit) => MaybePromise<{ registration: Registration, promoted: string | null } | undefined>} cancelById
 *   the organiser cancels someone (as `cancel`, recorded as by the organiser)
 * @property {(eventId: string, registrationId: string, capacity: number | null, now: string, audit: Audit) => MaybePromise<{ registration: Registration, capacity: number | null } | undefined>} moveUp
 *   confirm someone from the waiting list now, out of turn; when the seats are full the capacity goes up by one
 * @property {(eventId: string, registrationId: string, present: boolean, now: string, audit: Audit | null) => MaybePromise<{ registration: Registration, changed: boolean } | undefined>} setPresent
 *   idempotent: a second phone setting the same state changes nothing and logs nothing (audit null: the demo's made-up check-ins)
 * @property {(eventId: string, to: 'confirmed' | 'waitlisted', version: string, payload: unknown, now: string, audit: Audit) => MaybePromise<number>} queueMessage
 *   the organiser's message to everyone confirmed (or waiting), through the outbox; returns how many
 * @property {(eventId: string, limit: number) => MaybePromise<AuditEntry[]>} organiserLog  newest first
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
 * @property {() => MaybePromise<Record<string, string>>} settings  the engine and its durability settings, read live
 *   (SQLite: journal_mode, synchronous; PostgreSQL: synchronous_commit, fsync): for the tests and the start log
 * @property {() => void | Promise<void>} close
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
  // The organiser's side (#14): check-in, how a seat was given up, moved up from the waiting list, one secret
  // link per event, the organiser's own capacity and closing, a log of every organiser change, and each
  // event's figures kept once its registrations are deleted (the network's annual report needs them).
  `ALTER TABLE registrations ADD COLUMN present_at TEXT;     -- checked in at the door; null: not (or undone)
   ALTER TABLE registrations ADD COLUMN promoted_at TEXT;    -- moved up from the waiting list
   ALTER TABLE registrations ADD COLUMN cancelled_by TEXT;   -- 'person', 'reminder' or 'organiser'
   CREATE TABLE organiser_links (
     id INTEGER PRIMARY KEY,                   -- named in the log: which link made a change
     event_id TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,          -- sha256 of the link's secret; the secret itself is never stored
     created_at TEXT NOT NULL,
     replaced_at TEXT                          -- set when a new link replaces it: it stops working
   );
   CREATE UNIQUE INDEX organiser_links_one_active ON organiser_links (event_id) WHERE replaced_at IS NULL;
   CREATE TABLE event_settings (
     event_id TEXT PRIMARY KEY,
     capacity INTEGER,                         -- the organiser's capacity; null: the feed's
     closed_at TEXT,                           -- registration closed early at; null: as the feed says
     updated_at TEXT NOT NULL
   );
   CREATE TABLE organiser_log (
     id INTEGER PRIMARY KEY,
     event_id TEXT NOT NULL,
     actor TEXT NOT NULL,                      -- 'admin' or 'link:<organiser_links.id>'
     action TEXT NOT NULL,
     registration_id TEXT,
     detail TEXT,                              -- JSON; never names or addresses
     created_at TEXT NOT NULL
   );
   CREATE INDEX organiser_log_by_event ON organiser_log (event_id, id);
   CREATE TABLE event_figures (                -- kept when retention deletes an event's registrations
     event_id TEXT PRIMARY KEY,
     confirmed INTEGER NOT NULL, waitlisted INTEGER NOT NULL, cancelled_person INTEGER NOT NULL,
     cancelled_reminder INTEGER NOT NULL, cancelled_organiser INTEGER NOT NULL,
     present INTEGER NOT NULL, promoted INTEGER NOT NULL,
     kept_at TEXT NOT NULL
   );`,
  // #12: each event's counts kept by triggers in the transaction of every change (availability and the seat
  // check read one row instead of counting the event's registrations), and stored replays without the cancel
  // links (rebuilt from the registration's id on replay). db-postgres.js has the same migration 5.
  `ALTER TABLE events ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE events ADD COLUMN waitlisted INTEGER NOT NULL DEFAULT 0;
   UPDATE events SET
     confirmed = (SELECT count(*) FROM registrations r WHERE r.event_id = events.id AND r.status = 'confirmed'),
     waitlisted = (SELECT count(*) FROM registrations r WHERE r.event_id = events.id AND r.status = 'waitlisted');
   CREATE TRIGGER registrations_count_insert AFTER INSERT ON registrations BEGIN
     UPDATE events SET confirmed = confirmed + (NEW.status = 'confirmed'),
       waitlisted = waitlisted + (NEW.status = 'waitlisted') WHERE id = NEW.event_id;
   END;
   CREATE TRIGGER registrations_count_update AFTER UPDATE OF status, event_id ON registrations
   WHEN OLD.status IS NOT NEW.status OR OLD.event_id IS NOT NEW.event_id BEGIN
     UPDATE events SET confirmed = confirmed - (OLD.status = 'confirmed'),
       waitlisted = waitlisted - (OLD.status = 'waitlisted') WHERE id = OLD.event_id;
     UPDATE events SET confirmed = confirmed + (NEW.status = 'confirmed'),
       waitlisted = waitlisted + (NEW.status = 'waitlisted') WHERE id = NEW.event_id;
   END;
   CREATE TRIGGER registrations_count_delete AFTER DELETE ON registrations BEGIN
     UPDATE events SET confirmed = confirmed - (OLD.status = 'confirmed'),
       waitlisted = waitlisted - (OLD.status = 'waitlisted') WHERE id = OLD.event_id;
   END;
   UPDATE idempotency_keys SET response = json_remove(response, '$.cancelUrl', '$.icsUrl')
   WHERE response IS NOT NULL AND json_valid(response);`,
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
  // Explicitly FULL: better-sqlite3 builds with WAL's default NORMAL, under which a power cut can lose
  // commits already answered 201. FULL syncs the WAL at every commit (a few thousand commits/s here).
  db.pragma('synchronous = FULL');
  migrate(db);
  // No request can be in flight at start: keys left unfinished by a crash may be retried.
  db.prepare('DELETE FROM idempotency_keys WHERE status IS NULL').run();

  const q = {
    upsertEvent: db.prepare(
      'INSERT INTO events (id, ends_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET ends_at = excluded.ends_at',
    ),
    active: db.prepare("SELECT * FROM registrations WHERE event_id = ? AND email_key = ? AND status <> 'cancelled'"),
    count: db.prepare('SELECT count(*) FROM registrations WHERE event_id = ? AND status = ?').pluck(),
    // The counters (migration 5), kept by triggers: constant time however many registrations an event has.
    counters: db.prepare('SELECT confirmed, waitlisted FROM events WHERE id = ?'),
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
    // The organiser's side (#14).
    figures: db.prepare(`SELECT event_id,
        SUM(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed,
        SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END) AS waitlisted,
        SUM(CASE WHEN status = 'cancelled' AND COALESCE(cancelled_by, 'person') = 'person' THEN 1 ELSE 0 END) AS cancelled_person,
        SUM(CASE WHEN status = 'cancelled' AND cancelled_by = 'reminder' THEN 1 ELSE 0 END) AS cancelled_reminder,
        SUM(CASE WHEN status = 'cancelled' AND cancelled_by = 'organiser' THEN 1 ELSE 0 END) AS cancelled_organiser,
        SUM(CASE WHEN status = 'confirmed' AND present_at IS NOT NULL THEN 1 ELSE 0 END) AS present,
        SUM(CASE WHEN promoted_at IS NOT NULL THEN 1 ELSE 0 END) AS promoted
      FROM registrations WHERE (@eventId IS NULL OR event_id = @eventId) GROUP BY event_id`),
    keptFigures: db.prepare(
      'SELECT * FROM event_figures WHERE (@eventId IS NULL OR event_id = @eventId) AND event_id NOT IN (SELECT event_id FROM registrations)',
    ),
    keepFigures:
      db.prepare(`INSERT INTO event_figures (event_id, confirmed, waitlisted, cancelled_person, cancelled_reminder,
        cancelled_organiser, present, promoted, kept_at)
      VALUES (@event_id, @confirmed, @waitlisted, @cancelled_person, @cancelled_reminder, @cancelled_organiser, @present, @promoted, @keptAt)
      ON CONFLICT (event_id) DO UPDATE SET confirmed = excluded.confirmed, waitlisted = excluded.waitlisted,
        cancelled_person = excluded.cancelled_person, cancelled_reminder = excluded.cancelled_reminder,
        cancelled_organiser = excluded.cancelled_organiser, present = excluded.present, promoted = excluded.promoted,
        kept_at = excluded.kept_at`),
    endedEvents: db.prepare('SELECT id FROM events WHERE ends_at < ?').pluck(),
    linkByHash: db.prepare('SELECT id, event_id FROM organiser_links WHERE token_hash = ? AND replaced_at IS NULL'),
    links: db.prepare(
      'SELECT id, event_id, created_at FROM organiser_links WHERE replaced_at IS NULL ORDER BY event_id',
    ),
    retireLinks: db.prepare('UPDATE organiser_links SET replaced_at = ? WHERE event_id = ? AND replaced_at IS NULL'),
    addLink: db.prepare('INSERT INTO organiser_links (event_id, token_hash, created_at) VALUES (?, ?, ?)'),
    settings: db.prepare('SELECT capacity, closed_at FROM event_settings WHERE event_id = ?'),
    setCapacity:
      db.prepare(`INSERT INTO event_settings (event_id, capacity, closed_at, updated_at) VALUES (?, ?, NULL, ?)
      ON CONFLICT (event_id) DO UPDATE SET capacity = excluded.capacity, updated_at = excluded.updated_at`),
    setClosed: db.prepare(`INSERT INTO event_settings (event_id, capacity, closed_at, updated_at) VALUES (?, NULL, ?, ?)
      ON CONFLICT (event_id) DO UPDATE SET closed_at = excluded.closed_at, updated_at = excluded.updated_at`),
    audit: db.prepare(`INSERT INTO organiser_log (event_id, actor, action, registration_id, detail, created_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    log: db.prepare('SELECT * FROM organiser_log WHERE event_id = ? ORDER BY id DESC LIMIT ?'),
    setCancelledBy: db.prepare('UPDATE registrations SET cancelled_by = ? WHERE seq = ?'),
    markPromoted: db.prepare('UPDATE registrations SET promoted_at = ? WHERE seq = ?'),
    setPresent: db.prepare('UPDATE registrations SET present_at = ? WHERE seq = ?'),
    queueMessage:
      db.prepare(`INSERT INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
      SELECT id, event_id, 'change', @version, @payload, @now, @now FROM registrations WHERE event_id = @eventId AND status = @status
      ON CONFLICT DO NOTHING`),
  };

  /** @param {any} row @param {number} [position] known already (a new sign-up's) @returns {Registration} */
  const toRegistration = (row, position) => ({
    id: row.id,
    eventId: row.event_id,
    status: row.status,
    position:
      row.status !== 'waitlisted' ? null : (position ?? /** @type {number} */ (q.position.get(row.event_id, row.seq))),
    name: row.name,
    email: row.email,
    answers: row.answers ? JSON.parse(row.answers) : null,
    language: row.language,
    createdAt: row.created_at,
    presentAt: row.present_at ?? null,
    promotedAt: row.promoted_at ?? null,
    cancelledBy: row.status === 'cancelled' ? (row.cancelled_by ?? 'person') : null,
  });

  /** @param {string} eventId @param {Audit} a @param {string} now */
  const audit = (eventId, a, now) =>
    q.audit.run(
      eventId,
      a.actor,
      a.action,
      a.registrationId ?? null,
      a.detail == null ? null : JSON.stringify(a.detail),
      now,
    );

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

  /** @param {string} eventId @returns {{ confirmed: number, waitlisted: number }} */
  const counts = (eventId) => {
    const row = /** @type {any} */ (q.counters.get(eventId));
    return { confirmed: row?.confirmed ?? 0, waitlisted: row?.waitlisted ?? 0 };
  };

  const register = db.transaction((/** @type {NewRegistration} */ r) => {
    const emailKey = r.email.trim().toLowerCase();
    const existing = /** @type {any} */ (q.active.get(r.eventId, emailKey));
    if (existing) {
      // The confirmation again, to the address on file (never to whoever asked), at most once per window.
      if (r.resendVersion) queueMail(existing.id, r.eventId, 'resend', r.createdAt, r.resendVersion);
      return { outcome: /** @type {const} */ ('duplicate'), registration: toRegistration(existing) };
    }
    const confirmed = counts(r.eventId).confirmed;
    const seat = r.capacity === null || confirmed < r.capacity;
    if (!seat && !r.waitlist) return { outcome: /** @type {const} */ ('full') };
    q.insert.run({ ...r, status: seat ? 'confirmed' : 'waitlisted', emailKey, answers: JSON.stringify(r.answers) });
    if (!r.quiet) queueMail(r.id, r.eventId, 'confirmation', r.createdAt);
    if (r.audit) audit(r.eventId, { ...r.audit, registrationId: r.id }, r.createdAt);
    // A new sign-up is the last in line: its place is the waiting-list counter the insert just raised, not a
    // count over everyone ahead of it (constant time however long the list is).
    const registration = toRegistration(q.byId.get(r.id), seat ? undefined : counts(r.eventId).waitlisted);
    // The answer to replay, in this transaction: a crash after the commit cannot leave a seat without it.
    if (r.idempotency) q.saveKey.run(201, r.idempotency.replay(registration), r.idempotency.key);
    return { outcome: /** @type {const} */ ('created'), registration };
  });

  /** Confirm the first person waiting, told in the same transaction as the seat changes hands. @param {string} eventId @param {string} now */
  const promoteNext = (eventId, now) => {
    const next = /** @type {any} */ (q.firstWaiting.get(eventId));
    if (!next) return null;
    q.promote.run(now, next.seq);
    q.markPromoted.run(now, next.seq);
    queueMail(next.id, eventId, 'promotion', now);
    return /** @type {string} */ (next.id);
  };

  /** @param {any} row @param {number | null} capacity @param {string} now @param {CancelledBy} by */
  const cancelRow = (row, capacity, now, by) => {
    let promoted = null;
    if (row.status !== 'cancelled') {
      q.cancel.run(now, row.seq);
      q.setCancelledBy.run(by, row.seq);
      q.skipMailsOf.run(row.id); // the address is gone: nothing more goes to it
      const { confirmed } = counts(row.event_id);
      if (row.status === 'confirmed' && (capacity === null || confirmed < capacity))
        promoted = promoteNext(row.event_id, now);
    }
    return { registration: toRegistration(q.byId.get(row.id)), promoted };
  };

  const cancel = db.transaction(
    (
      /** @type {string} */ tokenHash,
      /** @type {number | null} */ capacity,
      /** @type {string | undefined} */ at,
      /** @type {CancelledBy} */ by,
    ) => {
      const row = /** @type {any} */ (q.byToken.get(tokenHash));
      if (!row) return undefined;
      return cancelRow(row, capacity, at ?? new Date().toISOString(), by);
    },
  );

  /** The registration, only if it belongs to this event (an organiser acts on their own event only). @param {string} eventId @param {string} id */
  const rowOf = (eventId, id) => {
    const row = /** @type {any} */ (q.byId.get(id));
    return row && row.event_id === eventId ? row : undefined;
  };

  const cancelById = db.transaction(
    (
      /** @type {string} */ eventId,
      /** @type {string} */ id,
      /** @type {number | null} */ capacity,
      /** @type {string} */ now,
      /** @type {Audit} */ a,
    ) => {
      const row = rowOf(eventId, id);
      if (!row) return undefined;
      if (row.status !== 'cancelled') audit(eventId, { ...a, registrationId: id, detail: { was: row.status } }, now);
      return cancelRow(row, capacity, now, 'organiser');
    },
  );

  const moveUp = db.transaction(
    (
      /** @type {string} */ eventId,
      /** @type {string} */ id,
      /** @type {number | null} */ capacity,
      /** @type {string} */ now,
      /** @type {Audit} */ a,
    ) => {
      const row = rowOf(eventId, id);
      if (!row) return undefined;
      if (row.status !== 'waitlisted') return { registration: toRegistration(row), capacity };
      const { confirmed } = counts(eventId);
      // Out of turn into a full event: one seat more, so that "places left" never goes below zero.
      const seats = capacity !== null && confirmed >= capacity ? confirmed + 1 : capacity;
      if (seats !== capacity) q.setCapacity.run(eventId, seats, now);
      q.promote.run(now, row.seq);
      q.markPromoted.run(now, row.seq);
      queueMail(id, eventId, 'promotion', now);
      audit(eventId, { ...a, registrationId: id, detail: seats !== capacity ? { capacity: seats } : null }, now);
      return { registration: toRegistration(q.byId.get(id)), capacity: seats };
    },
  );

  const setCapacity = db.transaction(
    (
      /** @type {string} */ eventId,
      /** @type {number | null} */ capacity,
      /** @type {number | null} */ feedCapacity,
      /** @type {string} */ now,
      /** @type {Audit} */ a,
    ) => {
      q.setCapacity.run(eventId, capacity, now);
      audit(eventId, { ...a, detail: { capacity } }, now);
      const seats = capacity ?? feedCapacity;
      /** @type {string[]} */
      const promoted = [];
      // Raising the capacity gives the new seats to the people waiting, in order, at once.
      while (seats === null || counts(eventId).confirmed < seats) {
        const id = promoteNext(eventId, now);
        if (!id) break;
        promoted.push(id);
      }
      return promoted;
    },
  );

  const setPresent = db.transaction(
    (
      /** @type {string} */ eventId,
      /** @type {string} */ id,
      /** @type {boolean} */ present,
      /** @type {string} */ now,
      /** @type {Audit | null} */ a,
    ) => {
      const row = rowOf(eventId, id);
      if (!row) return undefined;
      // Setting a state, not toggling it: two phones tapping the same person agree, and the first time stays.
      const changed = row.status === 'confirmed' && present !== (row.present_at !== null);
      if (changed) {
        q.setPresent.run(present ? now : null, row.seq);
        if (a) audit(eventId, { ...a, registrationId: id, detail: { present } }, now);
      }
      return { registration: toRegistration(q.byId.get(id)), changed };
    },
  );

  const replaceOrganiserLink = db.transaction(
    (
      /** @type {string} */ eventId,
      /** @type {string} */ tokenHash,
      /** @type {string} */ now,
      /** @type {Audit} */ a,
    ) => {
      const replaced = q.retireLinks.run(now, eventId).changes;
      const id = Number(q.addLink.run(eventId, tokenHash, now).lastInsertRowid);
      audit(eventId, { ...a, detail: { link: id, replaced: replaced > 0 } }, now);
      return id;
    },
  );

  const setClosed = db.transaction(
    (
      /** @type {string} */ eventId,
      /** @type {string | null} */ closedAt,
      /** @type {string} */ now,
      /** @type {Audit} */ a,
    ) => {
      q.setClosed.run(eventId, closedAt, now);
      audit(eventId, a, now);
    },
  );

  const queueMessage = db.transaction(
    (
      /** @type {string} */ eventId,
      /** @type {'confirmed' | 'waitlisted'} */ status,
      /** @type {string} */ version,
      /** @type {unknown} */ payload,
      /** @type {string} */ now,
      /** @type {Audit} */ a,
    ) => {
      const n = q.queueMessage.run({ eventId, status, version, payload: JSON.stringify(payload), now }).changes;
      audit(eventId, { ...a, detail: { to: status, count: n } }, now);
      return n;
    },
  );

  /** @param {any} row @returns {Figures} */
  const toFigures = (row) => ({
    eventId: row.event_id,
    confirmed: Number(row.confirmed),
    waitlisted: Number(row.waitlisted),
    cancelledPerson: Number(row.cancelled_person),
    cancelledReminder: Number(row.cancelled_reminder),
    cancelledOrganiser: Number(row.cancelled_organiser),
    present: Number(row.present),
    promoted: Number(row.promoted),
  });

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
    // The counts outlive the personal data: the network's annual report still has the event's turnout.
    for (const eventId of /** @type {string[]} */ (q.endedEvents.all(before)))
      for (const row of q.figures.all({ eventId })) q.keepFigures.run({ .../** @type {any} */ (row), keptAt: before });
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
    counts,
    findByToken: (tokenHash) => {
      const row = q.byToken.get(tokenHash);
      return row ? toRegistration(row) : undefined;
    },
    cancel: (tokenHash, capacity, now, by = 'person') => cancel.immediate(tokenHash, capacity, now, by),
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
    settings: () => ({
      engine: 'sqlite',
      journal_mode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: ['off', 'normal', 'full', 'extra'][Number(db.pragma('synchronous', { simple: true }))] ?? '?',
    }),
    // The organiser's side (#14).
    eventFigures: (eventId) => {
      const args = { eventId: eventId ?? null };
      return [...q.figures.all(args), ...q.keptFigures.all(args)].map(toFigures);
    },
    organiserLink: (tokenHash) => {
      const row = /** @type {any} */ (q.linkByHash.get(tokenHash));
      return row ? { id: row.id, eventId: row.event_id } : undefined;
    },
    organiserLinks: () =>
      q.links.all().map((/** @type {any} */ row) => ({ id: row.id, eventId: row.event_id, createdAt: row.created_at })),
    replaceOrganiserLink: (eventId, tokenHash, now, a) => replaceOrganiserLink.immediate(eventId, tokenHash, now, a),
    eventSettings: (eventId) => {
      const row = /** @type {any} */ (q.settings.get(eventId));
      return row ? { capacity: row.capacity, closedAt: row.closed_at } : undefined;
    },
    setCapacity: (eventId, capacity, feedCapacity, now, a) =>
      setCapacity.immediate(eventId, capacity, feedCapacity, now, a),
    setClosed: (eventId, closedAt, now, a) => setClosed.immediate(eventId, closedAt, now, a),
    cancelById: (eventId, id, capacity, now, a) => cancelById.immediate(eventId, id, capacity, now, a),
    moveUp: (eventId, id, capacity, now, a) => moveUp.immediate(eventId, id, capacity, now, a),
    setPresent: (eventId, id, present, now, a) => setPresent.immediate(eventId, id, present, now, a),
    queueMessage: (eventId, to, version, payload, now, a) =>
      queueMessage.immediate(eventId, to, version, payload, now, a),
    organiserLog: (eventId, limit) =>
      q.log.all(eventId, limit).map((/** @type {any} */ row) => ({
        id: row.id,
        actor: row.actor,
        action: row.action,
        registrationId: row.registration_id,
        detail: row.detail ? JSON.parse(row.detail) : null,
        createdAt: row.created_at,
      })),
    close: () => void db.close(),
  };
}
