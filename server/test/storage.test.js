// @ts-check
/**
 * Storage semantics that hold in SQLite and PostgreSQL alike (this suite runs in both passes): durability
 * settings, the per-event counters, idempotency records without secrets and in the registration's own
 * transaction, and the same methods in both implementations.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { openSqliteStorage } from '../src/db.js';
import { cancelTokens } from '../src/mail.js';
import { bodyHash, sha256 } from '../src/registrations.js';
import {
  STORAGE,
  openTestStorage,
  register,
  signup,
  sqlQuery,
  startTestServer,
  tempDir,
} from '../test-support/index.js';

const SECRET = 'storage-test-secret';
const env = { TOKEN_SECRET: SECRET };

const query = sqlQuery;

/** The counters next to a real count of the rows. @param {string} dir @param {string} eventId */
const countersAndRows = async (dir, eventId) => {
  const [kept] = await query(dir, `SELECT confirmed, waitlisted FROM events WHERE id = '${eventId}'`);
  const [rows] = await query(
    dir,
    `SELECT CAST(sum(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END) AS INTEGER) AS confirmed,
       CAST(sum(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END) AS INTEGER) AS waitlisted
     FROM registrations WHERE event_id = '${eventId}'`,
  );
  return { kept, rows: { confirmed: rows.confirmed ?? 0, waitlisted: rows.waitlisted ?? 0 } };
};

describe(`storage (${STORAGE})`, () => {
  test('durability: every commit is synced before a 201 goes out', async () => {
    const server = await startTestServer();
    try {
      const settings = await server.storage.settings();
      if (STORAGE === 'sqlite') {
        // Read from the server's own connection: synchronous is per connection, not stored in the file.
        assert.deepEqual(settings, { engine: 'sqlite', journal_mode: 'wal', synchronous: 'full' });
      } else {
        assert.equal(settings.engine, 'postgres');
        assert.equal(settings.synchronous_commit, 'on');
      }
    } finally {
      await server.close();
    }
  });

  test('counters: availability reads them, every change keeps them equal to the rows', async () => {
    const server = await startTestServer({ env });
    const { dir } = server;
    const availability = async () =>
      (await fetch(`${server.url}/api/events/klein/registrations`)).json().then((a) => [a.confirmed, a.waitlisted]);
    try {
      // Sign-ups, a waiting list, a cancel with a promotion, a waiting-list cancel.
      const people = [];
      for (let i = 0; i < 5; i++) people.push(await (await register(server.url, 'klein', signup())).json());
      assert.deepEqual(await availability(), [2, 3]);
      await fetch(people[0].cancelUrl, { method: 'DELETE' });
      await fetch(people[4].cancelUrl, { method: 'DELETE' });
      assert.deepEqual(await availability(), [2, 1]);
      let { kept, rows } = await countersAndRows(dir, 'klein');
      assert.deepEqual(kept, rows);

      // Rows written behind the server's back (as a bulk import would) go through the same triggers.
      const many =
        STORAGE === 'sqlite'
          ? `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
             INSERT INTO registrations (id, event_id, token_hash, status, created_at, updated_at)
             SELECT 'bulk-' || i, 'groot', 'hash-' || i, CASE WHEN i % 4 = 0 THEN 'confirmed' ELSE 'waitlisted' END,
               '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n`
          : `INSERT INTO registrations (id, event_id, token_hash, status, created_at, updated_at)
             SELECT 'bulk-' || i, 'groot', 'hash-' || i, CASE WHEN i % 4 = 0 THEN 'confirmed' ELSE 'waitlisted' END,
               '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM generate_series(1, 4000) i`;
      await query(dir, many);
      await query(dir, "UPDATE registrations SET status = 'cancelled' WHERE id IN ('bulk-4', 'bulk-5')");
      ({ kept, rows } = await countersAndRows(dir, 'groot'));
      assert.deepEqual(rows, { confirmed: 999, waitlisted: 2999 });
      assert.deepEqual(kept, rows);
      assert.deepEqual(await server.storage.counts('groot'), rows);

      // The proof that nothing counts rows any more: a counter set by hand is what availability says.
      await query(dir, "UPDATE events SET confirmed = 1, waitlisted = 777 WHERE id = 'klein'");
      assert.deepEqual(await availability(), [1, 777]);
      // And a new sign-up's place on the waiting list is that counter plus one, not a count of the people ahead.
      await query(dir, "UPDATE events SET confirmed = 2, waitlisted = 777 WHERE id = 'klein'");
      const last = await (await register(server.url, 'klein', signup())).json();
      assert.deepEqual([last.status, last.position], ['waitlisted', 778]);
      await query(dir, "UPDATE events SET confirmed = 2, waitlisted = 2 WHERE id = 'klein'");
      ({ kept, rows } = await countersAndRows(dir, 'klein'));
      assert.deepEqual(kept, rows);

      // Retention deletes an event with its registrations: nothing left to count, no error.
      await query(dir, "DELETE FROM registrations WHERE event_id = 'groot'");
      ({ kept, rows } = await countersAndRows(dir, 'groot'));
      assert.deepEqual(kept, { confirmed: 0, waitlisted: 0 });
    } finally {
      await server.close();
    }
  });

  test('the cancel link is nowhere in the database: a replay rebuilds it from the registration id', async () => {
    const server = await startTestServer({ env });
    try {
      const key = crypto.randomUUID();
      const body = JSON.stringify(signup());
      const first = await register(server.url, 'groot', body, { 'Idempotency-Key': key });
      assert.equal(first.status, 201);
      const answer = await first.json();
      const token = answer.cancelUrl.split('/').pop();

      const [row] = await query(server.dir, `SELECT status, response FROM idempotency_keys WHERE key = '${key}'`);
      assert.equal(row.status, 201);
      assert.deepEqual(JSON.parse(row.response), {
        id: answer.id,
        eventId: 'groot',
        status: 'confirmed',
        position: null,
      });
      if (STORAGE === 'sqlite') {
        // Every byte of the database and its write-ahead log.
        const bytes = ['som.db', 'som.db-wal']
          .map((f) => readFileSync(path.join(server.dir, 'data', f)).toString('latin1'))
          .join('');
        assert.ok(!bytes.includes(token), 'the raw token is in the database file');
        assert.ok(bytes.includes(sha256(token)), 'the hash is (the check above reads the right bytes)');
      } else {
        const texts = await query(
          server.dir,
          "SELECT string_agg(t::text, ' ') AS all FROM (SELECT * FROM idempotency_keys) t",
        );
        const rows = await query(server.dir, "SELECT string_agg(r::text, ' ') AS all FROM registrations r");
        assert.ok(!`${texts[0].all}${rows[0].all}`.includes(token));
      }

      const replay = await register(server.url, 'groot', body, { 'Idempotency-Key': key });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await replay.json(), answer);
      assert.equal((await fetch(answer.cancelUrl)).status, 200);
    } finally {
      await server.close();
    }
  });

  test('the idempotency record commits with the registration: a crash right after leaves a replayable answer', async () => {
    const dir = tempDir();
    const first = await startTestServer({ dir, env });
    await first.close();

    // What the route does, up to the commit of the registration, and then the process dies: no saveKey after.
    const storage = await openTestStorage(dir);
    const key = crypto.randomUUID();
    const text = JSON.stringify(signup());
    const now = new Date().toISOString();
    assert.equal((await storage.claimKey(key, bodyHash('groot', text), now, now)).state, 'new');
    const id = crypto.randomUUID();
    const input = JSON.parse(text);
    const result = await storage.register({
      id,
      eventId: 'groot',
      tokenHash: sha256(cancelTokens(SECRET).forRegistration(id)),
      capacity: 50,
      waitlist: true,
      name: input.name,
      email: input.email,
      answers: {},
      language: 'nl',
      createdAt: now,
      idempotency: {
        key,
        replay: (r) => JSON.stringify({ id: r.id, eventId: r.eventId, status: r.status, position: r.position }),
      },
    });
    assert.equal(result.outcome, 'created');
    await storage.close();

    // The person's browser retries with the same key: the links they never got.
    const second = await startTestServer({ dir, env });
    try {
      const retry = await register(second.url, 'groot', text, { 'Idempotency-Key': key });
      assert.equal(retry.status, 201);
      const answer = await retry.json();
      assert.equal(answer.id, id);
      const page = await fetch(answer.cancelUrl);
      assert.equal(page.status, 200);
      assert.equal((await page.json()).status, 'confirmed');
      assert.equal((await (await fetch(`${second.url}/api/events/groot/registrations`)).json()).confirmed, 1);
    } finally {
      await second.close();
    }
  });

  test(
    'PostgreSQL has every method SQLite has',
    { skip: STORAGE !== 'postgres' && 'compared in the PostgreSQL pass' },
    async () => {
      const dir = tempDir();
      const sqlite = openSqliteStorage(path.join(dir, 'compare.db'));
      const postgres = await openTestStorage(dir);
      try {
        assert.deepEqual(Object.keys(postgres).sort(), Object.keys(sqlite).sort());
      } finally {
        sqlite.close();
        await postgres.close();
      }
    },
  );
});
