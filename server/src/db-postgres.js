// @ts-check
/**
 * Storage on PostgreSQL (`DATABASE_URL=postgres://…`), through `pg`: the same Storage interface, the same
 * numbered migrations and the same behaviour as the SQLite one in db.js, for several server processes on one
 * database. What makes that safe:
 * - a sign-up, a cancel and every other change to an event's seats first locks the event's row
 *   (`SELECT … FOR UPDATE`), so seat checks queue per event across all processes and capacity stays exact;
 * - an Idempotency-Key is claimed with an insert that only one process can win;
 * - mails are claimed with `FOR UPDATE SKIP LOCKED` under a lease, so two senders never take the same row.
 * Times are ISO strings in TEXT columns and JSON is TEXT, as in SQLite, so both compare and return alike.
 */
import pg from 'pg';

/** @typedef {import('./db.js').Storage} Storage */
/** @typedef {import('./db.js').Registration} Registration */
/** @typedef {import('./db.js').NewRegistration} NewRegistration */
/** @typedef {import('./db.js').MailJob} MailJob */
/** @typedef {import('./db.js').MailKind} MailKind */
/** @typedef {import('pg').PoolClient} Client */

/**
 * Numbered as db.js's list (a database records which numbers it has): the same tables in PostgreSQL's
 * dialect. Kept as its own list rather than translated at run time: the differences (identity columns,
 * plpgsql triggers, gen_random_uuid) are few and plain to read side by side.
 */
const MIGRATIONS = [
  `CREATE TABLE events (
     id TEXT PRIMARY KEY,
     ends_at TEXT NOT NULL
   );
   CREATE TABLE registrations (
     seq INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
     token_hash TEXT NOT NULL UNIQUE,
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
     status INTEGER,
     response TEXT,
     created_at TEXT NOT NULL
   );`,
  `CREATE TABLE self_checks (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     instrument_id TEXT NOT NULL,
     day TEXT NOT NULL,
     overall DOUBLE PRECISION,
     level TEXT,
     dimensions TEXT NOT NULL
   );
   CREATE INDEX self_checks_by_instrument ON self_checks (instrument_id);`,
  `CREATE TABLE event_versions (
     event_id TEXT PRIMARY KEY,
     sequence INTEGER NOT NULL,
     snapshot TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE outbox (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
     event_id TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'resend', 'promotion', 'reminder', 'change')),
     version TEXT NOT NULL,
     message_key TEXT NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
     payload TEXT,
     state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     lease_until TEXT,
     error TEXT,
     created_at TEXT NOT NULL,
     sent_at TEXT,
     UNIQUE (registration_id, kind, version)
   );
   CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
   CREATE INDEX outbox_by_event ON outbox (event_id, state);`,
  // The organiser's side (#14), as db.js's migration 4.
  `ALTER TABLE registrations ADD COLUMN present_at TEXT, ADD COLUMN promoted_at TEXT, ADD COLUMN cancelled_by TEXT;
   CREATE TABLE organiser_links (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     event_id TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL,
     replaced_at TEXT
   );
   CREATE UNIQUE INDEX organiser_links_one_active ON organiser_links (event_id) WHERE replaced_at IS NULL;
   CREATE TABLE event_settings (
     event_id TEXT PRIMARY KEY,
     capacity INTEGER,
     closed_at TEXT,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE organiser_log (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     event_id TEXT NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     registration_id TEXT,
     detail TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX organiser_log_by_event ON organiser_log (event_id, id);
   CREATE TABLE event_figures (
     event_id TEXT PRIMARY KEY,
     confirmed INTEGER NOT NULL, waitlisted INTEGER NOT NULL, cancelled_person INTEGER NOT NULL,
     cancelled_reminder INTEGER NOT NULL, cancelled_organiser INTEGER NOT NULL,
     present INTEGER NOT NULL, promoted INTEGER NOT NULL,
     kept_at TEXT NOT NULL
   );`,
  // Counters kept by a trigger in the transaction of every change; replays without links (db.js's migration 5).
  `ALTER TABLE events ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0, ADD COLUMN waitlisted INTEGER NOT NULL DEFAULT 0;
   UPDATE events e SET
     confirmed = (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed'),
     waitlisted = (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted');
   CREATE FUNCTION registrations_count() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN
       UPDATE events SET confirmed = confirmed - (OLD.status = 'confirmed')::int,
         waitlisted = waitlisted - (OLD.status = 'waitlisted')::int WHERE id = OLD.event_id;
     END IF;
     IF TG_OP IN ('INSERT', 'UPDATE') THEN
       UPDATE events SET confirmed = confirmed + (NEW.status = 'confirmed')::int,
         waitlisted = waitlisted + (NEW.status = 'waitlisted')::int WHERE id = NEW.event_id;
     END IF;
     RETURN NULL;
   END $$;
   CREATE TRIGGER registrations_count_insert_delete AFTER INSERT OR DELETE ON registrations
     FOR EACH ROW EXECUTE FUNCTION registrations_count();
   CREATE TRIGGER registrations_count_update AFTER UPDATE OF status, event_id ON registrations
     FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.event_id IS DISTINCT FROM NEW.event_id)
     EXECUTE FUNCTION registrations_count();
   UPDATE idempotency_keys SET response = (response::jsonb - 'cancelUrl' - 'icsUrl')::text WHERE response LIKE '{%';`,
];

/** Any number, the same in every process: whoever holds it migrates, the others wait and then find nothing to do. */
const MIGRATION_LOCK = 0x50_4d_57; // "SOM"

/** A waiting-list place (1 = next), counted within the event; null for anyone not waiting. */
const POSITION = `CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*)::int FROM registrations w
  WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.seq <= r.seq) END AS position`;
const REGISTRATION = `SELECT r.*, ${POSITION} FROM registrations r`;

/** Serialization failures and deadlocks: the transaction is run again (none expected with row locks in one order). */
const RETRY = new Set(['40001', '40P01']);

/** @param {any} row @returns {Registration} */
const toRegistration = (row) => ({
  id: row.id,
  eventId: row.event_id,
  status: row.status,
  position: row.position ?? null,
  name: row.name,
  email: row.email,
  answers: row.answers ? JSON.parse(row.answers) : null,
  language: row.language,
  createdAt: row.created_at,
  presentAt: row.present_at ?? null,
  promotedAt: row.promoted_at ?? null,
  cancelledBy: row.status === 'cancelled' ? (row.cancelled_by ?? 'person') : null,
});

/** Each event's counts for the organiser and the network's report (#14); ` WHERE … GROUP BY event_id` follows. */
const FIGURES = `SELECT event_id,
  SUM(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed,
  SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END) AS waitlisted,
  SUM(CASE WHEN status = 'cancelled' AND COALESCE(cancelled_by, 'person') = 'person' THEN 1 ELSE 0 END) AS cancelled_person,
  SUM(CASE WHEN status = 'cancelled' AND cancelled_by = 'reminder' THEN 1 ELSE 0 END) AS cancelled_reminder,
  SUM(CASE WHEN status = 'cancelled' AND cancelled_by = 'organiser' THEN 1 ELSE 0 END) AS cancelled_organiser,
  SUM(CASE WHEN status = 'confirmed' AND present_at IS NOT NULL THEN 1 ELSE 0 END) AS present,
  SUM(CASE WHEN promoted_at IS NOT NULL THEN 1 ELSE 0 END) AS promoted
  FROM registrations`;

/** @param {any} row @returns {import('./db.js').Figures} */
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

/** @param {any} row @returns {MailJob} */
const toJob = (row) => ({
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
});

const JOBS = `SELECT o.*, r.status, r.name, r.email, r.answers, r.language, r.created_at AS registered_at, r.token_hash,
  ${POSITION}, COALESCE(v.sequence, 0) AS sequence
  FROM outbox o JOIN registrations r ON r.id = o.registration_id LEFT JOIN event_versions v ON v.event_id = o.event_id`;

/**
 * @param {string} url a postgres:// connection string
 * @param {{ max?: number, log?: (line: string) => void }} [options] `max`: connections in this process's pool
 * @returns {Promise<Storage>}
 */
export async function openPostgresStorage(url, { max = 10, log = console.error } = {}) {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (a restart, a failover) must not end the process: the pool reconnects.
  pool.on('error', (e) => log(`database: idle connection lost (${/** @type {any} */ (e).code ?? e.message})`));

  /**
   * Run `fn` in a transaction on one connection; run it again on a serialization failure or deadlock.
   * @template T @param {(c: Client) => Promise<T>} fn @returns {Promise<T>}
   */
  async function tx(fn) {
    for (let attempt = 1; ; attempt++) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(c);
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        if (attempt < 5 && RETRY.has(/** @type {any} */ (e)?.code)) continue;
        throw e;
      } finally {
        c.release();
      }
    }
  }
  /** @param {Client | pg.Pool} c @param {string} sql @param {unknown[]} [params] */
  const one = async (c, sql, params) => (await c.query(sql, params)).rows[0];
  /** @param {Client | pg.Pool} c @param {string} sql @param {unknown[]} [params] */
  const all = async (c, sql, params) => (await c.query(sql, params)).rows;

  await tx(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]); // two processes starting at once
    await c.query('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set((await all(c, 'SELECT id FROM migrations')).map((r) => r.id));
    for (const [i, sql] of MIGRATIONS.entries()) {
      if (applied.has(i + 1)) continue;
      await c.query(sql);
      await c.query('INSERT INTO migrations (id, applied_at) VALUES ($1, $2)', [i + 1, new Date().toISOString()]);
    }
  });
  // Unlike SQLite, keys left unfinished are not cleared at start: another process may be handling them.
  // A key whose request never finished is taken over after the in-flight window (claimKey's staleBefore).

  /** Lock the event's row: every change to its seats, in any process, waits here for the one before. @param {Client} c @param {string} eventId */
  const lockEvent = async (c, eventId) =>
    (await one(c, 'SELECT confirmed, waitlisted FROM events WHERE id = $1 FOR UPDATE', [eventId])) ?? {
      confirmed: 0,
      waitlisted: 0,
    };

  /**
   * @param {Client} c @param {string} registrationId @param {string} eventId @param {MailKind} kind @param {string} now
   * @param {string} [version]
   */
  const queueMail = async (c, registrationId, eventId, kind, now, version) => {
    const v =
      version ??
      String((await one(c, 'SELECT sequence FROM event_versions WHERE event_id = $1', [eventId]))?.sequence ?? 0);
    const res = await c.query(
      `INSERT INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, NULL, $5, $5) ON CONFLICT DO NOTHING`,
      [registrationId, eventId, kind, v, now],
    );
    return res.rowCount ?? 0;
  };

  /** @param {Client | pg.Pool} c @param {number[]} ids */
  const jobs = async (c, ids) =>
    ids.length ? (await all(c, `${JOBS} WHERE o.id = ANY($1) ORDER BY o.id`, [ids])).map(toJob) : [];

  /** An organiser's change, logged in the change's own transaction (#14). @param {Client} c @param {string} eventId @param {import('./db.js').Audit} a @param {string} now */
  const audit = (c, eventId, a, now) =>
    c.query(
      `INSERT INTO organiser_log (event_id, actor, action, registration_id, detail, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [eventId, a.actor, a.action, a.registrationId ?? null, a.detail == null ? null : JSON.stringify(a.detail), now],
    );

  /** Confirm the first person waiting, told in the same transaction. @param {Client} c @param {string} eventId @param {string} now */
  const promoteNext = async (c, eventId, now) => {
    const next = await one(
      c,
      "SELECT seq, id FROM registrations WHERE event_id = $1 AND status = 'waitlisted' ORDER BY seq LIMIT 1",
      [eventId],
    );
    if (!next) return null;
    await c.query("UPDATE registrations SET status = 'confirmed', updated_at = $1, promoted_at = $1 WHERE seq = $2", [
      now,
      next.seq,
    ]);
    await queueMail(c, next.id, eventId, 'promotion', now);
    return /** @type {string} */ (next.id);
  };

  /**
   * Cancel a row (the event locked by the caller) and give a freed seat to the first person waiting.
   * @param {Client} c @param {any} row @param {number | null} capacity @param {string} now @param {import('./db.js').CancelledBy} by
   */
  const cancelRow = async (c, row, capacity, now, by) => {
    let promoted = null;
    if (row.status !== 'cancelled') {
      await c.query(
        `UPDATE registrations SET status = 'cancelled', name = NULL, email = NULL, email_key = NULL, answers = NULL,
         updated_at = $1, cancelled_by = $3 WHERE seq = $2`,
        [now, row.seq, by],
      );
      await c.query(
        `UPDATE outbox SET state = 'skipped', error = 'registration cancelled', lease_until = NULL
         WHERE registration_id = $1 AND state = 'pending'`,
        [row.id],
      ); // the address is gone: nothing more goes to it
      const { confirmed } = await one(c, 'SELECT confirmed FROM events WHERE id = $1', [row.event_id]);
      if (row.status === 'confirmed' && (capacity === null || confirmed < capacity))
        promoted = await promoteNext(c, row.event_id, now);
    }
    const registration = toRegistration(await one(c, `${REGISTRATION} WHERE r.id = $1`, [row.id]));
    return { registration, promoted };
  };

  /** @type {Promise<void> | undefined} */
  let closing;
  /** @type {Storage} */
  const storage = {
    syncEvents: async (events) => {
      if (!events.length) return;
      await tx(async (c) => {
        await c.query(
          `INSERT INTO events (id, ends_at) SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT (id) DO UPDATE SET ends_at = excluded.ends_at WHERE events.ends_at <> excluded.ends_at`,
          [events.map((e) => e.id), events.map((e) => e.endsAt)],
        );
      });
    },

    register: (r) =>
      tx(async (c) => {
        const emailKey = r.email.trim().toLowerCase();
        const { confirmed, waitlisted } = await lockEvent(c, r.eventId);
        const existing = await one(
          c,
          `${REGISTRATION} WHERE r.event_id = $1 AND r.email_key = $2 AND r.status <> 'cancelled'`,
          [r.eventId, emailKey],
        );
        if (existing) {
          // The confirmation again, to the address on file (never to whoever asked), at most once per window.
          if (r.resendVersion) await queueMail(c, existing.id, r.eventId, 'resend', r.createdAt, r.resendVersion);
          return { outcome: /** @type {const} */ ('duplicate'), registration: toRegistration(existing) };
        }
        const seat = r.capacity === null || confirmed < r.capacity;
        if (!seat && !r.waitlist) return { outcome: /** @type {const} */ ('full') };
        await c.query(
          `INSERT INTO registrations (id, event_id, token_hash, status, name, email, email_key, answers, language, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
          [
            r.id,
            r.eventId,
            r.tokenHash,
            seat ? 'confirmed' : 'waitlisted',
            r.name,
            r.email,
            emailKey,
            JSON.stringify(r.answers),
            r.language,
            r.createdAt,
          ],
        );
        if (!r.quiet) await queueMail(c, r.id, r.eventId, 'confirmation', r.createdAt);
        if (r.audit) await audit(c, r.eventId, { ...r.audit, registrationId: r.id }, r.createdAt);
        // A new sign-up is the last in line: its place is the locked counter plus one, not a count over everyone
        // ahead of it (constant time however long the waiting list is).
        const row = await one(c, 'SELECT * FROM registrations WHERE id = $1', [r.id]);
        const registration = toRegistration({ ...row, position: seat ? null : Number(waitlisted) + 1 });
        // The answer to replay, in this transaction: a crash after the commit cannot leave a seat without it.
        if (r.idempotency)
          await c.query('UPDATE idempotency_keys SET status = 201, response = $1 WHERE key = $2', [
            r.idempotency.replay(registration),
            r.idempotency.key,
          ]);
        return { outcome: /** @type {const} */ ('created'), registration };
      }),

    counts: async (eventId) => {
      const row = await one(pool, 'SELECT confirmed, waitlisted FROM events WHERE id = $1', [eventId]);
      return { confirmed: row?.confirmed ?? 0, waitlisted: row?.waitlisted ?? 0 };
    },

    findByToken: async (tokenHash) => {
      const row = await one(pool, `${REGISTRATION} WHERE r.token_hash = $1`, [tokenHash]);
      return row ? toRegistration(row) : undefined;
    },

    cancel: (tokenHash, capacity, at, by = 'person') =>
      tx(async (c) => {
        const found = await one(c, 'SELECT event_id FROM registrations WHERE token_hash = $1', [tokenHash]);
        if (!found) return undefined;
        await lockEvent(c, found.event_id);
        const row = await one(c, 'SELECT * FROM registrations WHERE token_hash = $1', [tokenHash]); // read again, locked
        if (!row) return undefined;
        return cancelRow(c, row, capacity, at ?? new Date().toISOString(), by);
      }),

    listActive: async (eventId) =>
      (
        await all(
          pool,
          `SELECT r.*, (CASE WHEN r.status = 'waitlisted' THEN row_number() OVER (PARTITION BY r.status ORDER BY r.seq) END)::int
           AS position FROM registrations r WHERE r.event_id = $1 AND r.status <> 'cancelled'
           ORDER BY r.status = 'waitlisted', r.seq`,
          [eventId],
        )
      ).map(toRegistration),

    deleteEndedBefore: (before) =>
      tx(async (c) => {
        const { n } = await one(
          c,
          'SELECT count(*)::int AS n FROM registrations WHERE event_id IN (SELECT id FROM events WHERE ends_at < $1)',
          [before],
        );
        // The counts outlive the personal data: the network's annual report still has the event's turnout (#14).
        await c.query(
          `INSERT INTO event_figures (event_id, confirmed, waitlisted, cancelled_person, cancelled_reminder,
             cancelled_organiser, present, promoted, kept_at)
           SELECT f.*, $1 FROM (${FIGURES} WHERE event_id IN (SELECT id FROM events WHERE ends_at < $1) GROUP BY event_id) f
           ON CONFLICT (event_id) DO UPDATE SET confirmed = excluded.confirmed, waitlisted = excluded.waitlisted,
             cancelled_person = excluded.cancelled_person, cancelled_reminder = excluded.cancelled_reminder,
             cancelled_organiser = excluded.cancelled_organiser, present = excluded.present, promoted = excluded.promoted,
             kept_at = excluded.kept_at`,
          [before],
        );
        await c.query('DELETE FROM events WHERE ends_at < $1', [before]); // registrations go with their event
        return n;
      }),

    claimKey: async (key, bodyHash, staleBefore, now) => {
      // Only one process can insert the key: the winner handles the request.
      const fresh = await pool.query(
        `INSERT INTO idempotency_keys (key, body_hash, status, response, created_at) VALUES ($1, $2, NULL, NULL, $3)
         ON CONFLICT (key) DO NOTHING`,
        [key, bodyHash, now],
      );
      if (fresh.rowCount) return { state: 'new' };
      return tx(async (c) => {
        const row = await one(c, 'SELECT * FROM idempotency_keys WHERE key = $1 FOR UPDATE', [key]);
        if (!row) {
          await c.query(
            'INSERT INTO idempotency_keys (key, body_hash, status, response, created_at) VALUES ($1, $2, NULL, NULL, $3)',
            [key, bodyHash, now],
          );
          return { state: /** @type {const} */ ('new') }; // released between the two statements
        }
        if (row.body_hash !== bodyHash) return { state: /** @type {const} */ ('mismatch') };
        if (row.status != null) return { state: /** @type {const} */ ('done'), status: row.status, body: row.response };
        if (row.created_at >= staleBefore) return { state: /** @type {const} */ ('in-flight') };
        // Abandoned by a request that never finished (a process that died): taken over.
        await c.query('UPDATE idempotency_keys SET created_at = $1 WHERE key = $2', [now, key]);
        return { state: /** @type {const} */ ('new') };
      });
    },
    saveKey: async (key, status, body) => {
      await pool.query('UPDATE idempotency_keys SET status = $1, response = $2 WHERE key = $3', [status, body, key]);
    },
    releaseKey: async (key) => {
      await pool.query('DELETE FROM idempotency_keys WHERE key = $1', [key]);
    },
    deleteKeysBefore: async (before) => {
      await pool.query('DELETE FROM idempotency_keys WHERE created_at < $1', [before]);
    },

    eventVersions: async () =>
      (await all(pool, 'SELECT event_id, sequence, snapshot FROM event_versions')).map((row) => ({
        eventId: row.event_id,
        sequence: row.sequence,
        snapshot: row.snapshot,
      })),
    saveEventVersion: (v) =>
      tx(async (c) => {
        await c.query(
          `INSERT INTO event_versions (event_id, sequence, snapshot, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (event_id) DO UPDATE SET sequence = excluded.sequence, snapshot = excluded.snapshot,
           updated_at = excluded.updated_at`,
          [v.eventId, v.sequence, v.snapshot, v.now],
        );
        if (v.change === null || v.change === undefined) return 0;
        const res = await c.query(
          `INSERT INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
           SELECT id, event_id, 'change', $2, $3, $4, $4 FROM registrations WHERE event_id = $1 AND status <> 'cancelled'
           ON CONFLICT DO NOTHING`,
          [v.eventId, String(v.sequence), JSON.stringify(v.change), v.now],
        );
        return res.rowCount ?? 0;
      }),
    queueReminders: async (eventId, version, dueAt, now) =>
      (
        await pool.query(
          `INSERT INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
           SELECT id, event_id, 'reminder', $2, NULL, $4, $4 FROM registrations
           WHERE event_id = $1 AND status = 'confirmed' AND updated_at <= $3 ON CONFLICT DO NOTHING`,
          [eventId, version, dueAt, now],
        )
      ).rowCount ?? 0,

    claimMails: (now, leaseUntil, limit) =>
      tx(async (c) => {
        // SKIP LOCKED: a row another process is claiming right now is left to it, never taken twice.
        const ids = (
          await all(
            c,
            `UPDATE outbox SET state = 'sending', attempts = attempts + 1, lease_until = $2
             WHERE id IN (SELECT id FROM outbox
               WHERE (state = 'pending' AND next_attempt_at <= $1) OR (state = 'sending' AND lease_until <= $1)
               ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
             RETURNING id`,
            [now, leaseUntil, limit],
          )
        ).map((r) => r.id);
        return jobs(c, ids);
      }),
    mailSent: async (id, attempt, now) => {
      await pool.query(
        "UPDATE outbox SET state = 'sent', sent_at = $1, lease_until = NULL, error = NULL WHERE id = $2 AND attempts = $3 AND state = 'sending'",
        [now, id, attempt],
      );
    },
    mailRetry: async (id, attempt, nextAt, error) => {
      await pool.query(
        "UPDATE outbox SET state = 'pending', next_attempt_at = $1, lease_until = NULL, error = $2 WHERE id = $3 AND attempts = $4 AND state = 'sending'",
        [nextAt, error, id, attempt],
      );
    },
    mailDone: async (id, attempt, state, error, now) => {
      await pool.query(
        "UPDATE outbox SET state = $1, error = $2, sent_at = $3, lease_until = NULL WHERE id = $4 AND attempts = $5 AND state = 'sending'",
        [state, error, now, id, attempt],
      );
    },
    failedMails: async (eventId) =>
      (
        await all(
          pool,
          "SELECT id, registration_id, kind, attempts, error, created_at FROM outbox WHERE event_id = $1 AND state = 'failed' ORDER BY id",
          [eventId],
        )
      ).map((row) => ({
        id: row.id,
        registrationId: row.registration_id,
        kind: row.kind,
        attempts: row.attempts,
        error: row.error,
        createdAt: row.created_at,
      })),
    recentMails: async (limit) => {
      const ids = (await all(pool, 'SELECT id FROM outbox ORDER BY id DESC LIMIT $1', [limit])).map((r) => r.id);
      return (await jobs(pool, ids)).reverse(); // newest first, as asked
    },

    addSelfCheck: async (s) => {
      await pool.query(
        'INSERT INTO self_checks (instrument_id, day, overall, level, dimensions) VALUES ($1, $2, $3, $4, $5)',
        [s.instrumentId, s.day, s.overall, s.level, JSON.stringify(s.dimensions)],
      );
    },
    selfChecks: async () =>
      (await all(pool, 'SELECT instrument_id, day, overall, level, dimensions FROM self_checks ORDER BY id')).map(
        (row) => ({
          instrumentId: row.instrument_id,
          day: row.day,
          overall: row.overall,
          level: row.level,
          dimensions: JSON.parse(row.dimensions),
        }),
      ),

    // The organiser's side (#14): as db.js, every change under the event's row lock, logged in its transaction.
    eventFigures: async (eventId) =>
      [
        ...(await all(pool, `${FIGURES} WHERE ($1::text IS NULL OR event_id = $1) GROUP BY event_id`, [
          eventId ?? null,
        ])),
        ...(await all(
          pool,
          `SELECT * FROM event_figures WHERE ($1::text IS NULL OR event_id = $1)
           AND event_id NOT IN (SELECT event_id FROM registrations)`,
          [eventId ?? null],
        )),
      ].map(toFigures),
    organiserLink: async (tokenHash) => {
      const row = await one(
        pool,
        'SELECT id, event_id FROM organiser_links WHERE token_hash = $1 AND replaced_at IS NULL',
        [tokenHash],
      );
      return row ? { id: row.id, eventId: row.event_id } : undefined;
    },
    organiserLinks: async () =>
      (
        await all(
          pool,
          'SELECT id, event_id, created_at FROM organiser_links WHERE replaced_at IS NULL ORDER BY event_id',
        )
      ).map((row) => ({ id: row.id, eventId: row.event_id, createdAt: row.created_at })),
    replaceOrganiserLink: (eventId, tokenHash, now, a) =>
      tx(async (c) => {
        await lockEvent(c, eventId);
        const replaced = await c.query(
          'UPDATE organiser_links SET replaced_at = $1 WHERE event_id = $2 AND replaced_at IS NULL',
          [now, eventId],
        );
        const { id } = await one(
          c,
          'INSERT INTO organiser_links (event_id, token_hash, created_at) VALUES ($1, $2, $3) RETURNING id',
          [eventId, tokenHash, now],
        );
        await audit(c, eventId, { ...a, detail: { link: id, replaced: (replaced.rowCount ?? 0) > 0 } }, now);
        return id;
      }),
    eventSettings: async (eventId) => {
      const row = await one(pool, 'SELECT capacity, closed_at FROM event_settings WHERE event_id = $1', [eventId]);
      return row ? { capacity: row.capacity, closedAt: row.closed_at } : undefined;
    },
    setCapacity: (eventId, capacity, feedCapacity, now, a) =>
      tx(async (c) => {
        await lockEvent(c, eventId);
        await c.query(
          `INSERT INTO event_settings (event_id, capacity, closed_at, updated_at) VALUES ($1, $2, NULL, $3)
           ON CONFLICT (event_id) DO UPDATE SET capacity = excluded.capacity, updated_at = excluded.updated_at`,
          [eventId, capacity, now],
        );
        await audit(c, eventId, { ...a, detail: { capacity } }, now);
        const seats = capacity ?? feedCapacity;
        /** @type {string[]} */
        const promoted = [];
        // Raising the capacity gives the new seats to the people waiting, in order, at once.
        while (
          seats === null ||
          (await one(c, 'SELECT confirmed FROM events WHERE id = $1', [eventId]))?.confirmed < seats
        ) {
          const id = await promoteNext(c, eventId, now);
          if (!id) break;
          promoted.push(id);
        }
        return promoted;
      }),
    setClosed: (eventId, closedAt, now, a) =>
      tx(async (c) => {
        await c.query(
          `INSERT INTO event_settings (event_id, capacity, closed_at, updated_at) VALUES ($1, NULL, $2, $3)
           ON CONFLICT (event_id) DO UPDATE SET closed_at = excluded.closed_at, updated_at = excluded.updated_at`,
          [eventId, closedAt, now],
        );
        await audit(c, eventId, a, now);
      }),
    cancelById: (eventId, id, capacity, now, a) =>
      tx(async (c) => {
        await lockEvent(c, eventId);
        const row = await one(c, 'SELECT * FROM registrations WHERE id = $1 AND event_id = $2', [id, eventId]);
        if (!row) return undefined;
        if (row.status !== 'cancelled')
          await audit(c, eventId, { ...a, registrationId: id, detail: { was: row.status } }, now);
        return cancelRow(c, row, capacity, now, 'organiser');
      }),
    moveUp: (eventId, id, capacity, now, a) =>
      tx(async (c) => {
        const { confirmed } = await lockEvent(c, eventId);
        const row = await one(c, 'SELECT * FROM registrations WHERE id = $1 AND event_id = $2', [id, eventId]);
        if (!row) return undefined;
        const read = async () => toRegistration(await one(c, `${REGISTRATION} WHERE r.id = $1`, [id]));
        if (row.status !== 'waitlisted') return { registration: await read(), capacity };
        // Out of turn into a full event: one seat more, so that "places left" never goes below zero.
        const seats = capacity !== null && confirmed >= capacity ? confirmed + 1 : capacity;
        if (seats !== capacity)
          await c.query(
            `INSERT INTO event_settings (event_id, capacity, closed_at, updated_at) VALUES ($1, $2, NULL, $3)
             ON CONFLICT (event_id) DO UPDATE SET capacity = excluded.capacity, updated_at = excluded.updated_at`,
            [eventId, seats, now],
          );
        await c.query(
          "UPDATE registrations SET status = 'confirmed', updated_at = $1, promoted_at = $1 WHERE seq = $2",
          [now, row.seq],
        );
        await queueMail(c, id, eventId, 'promotion', now);
        await audit(
          c,
          eventId,
          { ...a, registrationId: id, detail: seats !== capacity ? { capacity: seats } : null },
          now,
        );
        return { registration: await read(), capacity: seats };
      }),
    setPresent: (eventId, id, present, now, a) =>
      tx(async (c) => {
        // The person's row lock: two phones tapping the same person at once take turns, and agree.
        const row = await one(c, 'SELECT * FROM registrations WHERE id = $1 AND event_id = $2 FOR UPDATE', [
          id,
          eventId,
        ]);
        if (!row) return undefined;
        const changed = row.status === 'confirmed' && present !== (row.present_at !== null);
        if (changed) {
          await c.query('UPDATE registrations SET present_at = $1 WHERE seq = $2', [present ? now : null, row.seq]);
          if (a) await audit(c, eventId, { ...a, registrationId: id, detail: { present } }, now);
        }
        return { registration: toRegistration(await one(c, `${REGISTRATION} WHERE r.id = $1`, [id])), changed };
      }),
    queueMessage: (eventId, to, version, payload, now, a) =>
      tx(async (c) => {
        const res = await c.query(
          `INSERT INTO outbox (registration_id, event_id, kind, version, payload, next_attempt_at, created_at)
           SELECT id, event_id, 'change', $2, $3, $4, $4 FROM registrations WHERE event_id = $1 AND status = $5
           ON CONFLICT DO NOTHING`,
          [eventId, version, JSON.stringify(payload), now, to],
        );
        const n = res.rowCount ?? 0;
        await audit(c, eventId, { ...a, detail: { to, count: n } }, now);
        return n;
      }),
    organiserLog: async (eventId, limit) =>
      (
        await all(pool, 'SELECT * FROM organiser_log WHERE event_id = $1 ORDER BY id DESC LIMIT $2', [eventId, limit])
      ).map((row) => ({
        id: row.id,
        actor: row.actor,
        action: row.action,
        registrationId: row.registration_id,
        detail: row.detail ? JSON.parse(row.detail) : null,
        createdAt: row.created_at,
      })),

    settings: async () => ({
      engine: 'postgres',
      server_version: (await one(pool, 'SHOW server_version')).server_version,
      synchronous_commit: (await one(pool, 'SHOW synchronous_commit')).synchronous_commit,
      fsync: (await one(pool, 'SHOW fsync')).fsync,
    }),
    // Once, however often called (as SQLite's close): a second call waits for the first.
    close: () => (closing ??= pool.end()),
  };
  return storage;
}
