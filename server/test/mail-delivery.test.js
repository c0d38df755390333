// @ts-check
// The outbox: nothing lost, nothing sent twice. A refusing SMTP server, one that is down, and crashes
// between the commit and the delivery, against a real SMTP server (smtp-server).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  fixtureFeed,
  openTestStorage,
  register,
  signup,
  startTestServer,
  storageEnv,
  tempDir,
} from '../test-support/index.js';
import { FAST, quiet, startSmtp } from '../test-support/smtp.js';

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));
const CLOCK = fileURLToPath(new URL('../../tests/clock/register.mjs', import.meta.url));

/** @param {() => boolean | Promise<boolean>} check @param {number} [ms] */
async function until(check, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await quiet(25);
  }
}

/** A loopback port with nothing listening on it (yet). */
async function freePort() {
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const { port } = /** @type {net.AddressInfo} */ (s.address());
  await new Promise((r) => s.close(r));
  return port;
}

/** @param {import('../test-support/smtp.js').Received[]} mails */
const ids = (mails) => mails.map((m) => m.messageId);

describe('failures', () => {
  test('a permanent refusal (550): failed at once, with a reason free of personal data, listed for the organiser', async () => {
    const smtp = await startSmtp({
      refuse: () =>
        Object.assign(new Error('5.7.1 <weigeraar@school.example> Geweigerd: Wendy Weigeraar'), { responseCode: 550 }),
    });
    const server = await startTestServer({ env: { SMTP_URL: smtp.url }, mail: FAST });
    try {
      const reg = await (
        await register(server.url, 'groot', signup({ name: 'Wendy Weigeraar', email: 'weigeraar@school.example' }))
      ).json();
      await until(async () => (await server.storage.failedMails('groot')).length === 1);
      const [failed] = await server.storage.failedMails('groot');
      assert.equal(failed?.registrationId, reg.id);
      assert.equal(failed?.kind, 'confirmation');
      assert.equal(failed?.attempts, 1, 'a permanent refusal is not retried');
      assert.match(failed?.error ?? '', /^refused: \w+ 550 5\.7\.1$/);
      await quiet(200);
      assert.equal(smtp.attempts, 1);
      assert.doesNotMatch(server.logs.join('\n'), /weigeraar|Wendy/i);
    } finally {
      await server.close();
      await smtp.close();
    }
  });

  test('a temporary refusal (451) is retried with backoff until it goes through; after the last retry a mail is failed', async () => {
    const smtp = await startSmtp({
      refuse: (n) => (n <= 2 ? Object.assign(new Error('Try again later'), { responseCode: 451 }) : undefined),
    });
    const server = await startTestServer({ env: { SMTP_URL: smtp.url }, mail: FAST });
    try {
      await register(server.url, 'groot', signup());
      const [mail] = await smtp.waitFor(1);
      assert.equal(smtp.attempts, 3);
      await until(async () => (await server.storage.recentMails(1))[0]?.state === 'sent');
      const row = (await server.storage.recentMails(1))[0];
      assert.deepEqual([row?.state, row?.attempts], ['sent', 3]);
      assert.match(mail?.messageId ?? '', new RegExp(`^<${row?.messageKey}\\.`));
    } finally {
      await server.close();
      await smtp.close();
    }

    const never = await startSmtp({ refuse: () => Object.assign(new Error('Try again later'), { responseCode: 451 }) });
    const giving = await startTestServer({ env: { SMTP_URL: never.url }, mail: { ...FAST, maxAttempts: 3 } });
    try {
      await register(giving.url, 'klein', signup());
      await until(async () => (await giving.storage.failedMails('klein')).length === 1);
      const [failed] = await giving.storage.failedMails('klein');
      assert.equal(failed?.attempts, 3);
      assert.match(failed?.error ?? '', /^gave up after 3 attempts: \w+ 451$/);
    } finally {
      await giving.close();
      await never.close();
    }
  });

  test('the SMTP server is down: mails wait, and go out once it is back', async () => {
    const port = await freePort();
    const server = await startTestServer({
      env: { SMTP_URL: `smtp://som-mailer:geheim-wachtwoord-7@127.0.0.1:${port}` },
      mail: FAST,
    });
    try {
      await register(server.url, 'groot', signup({ email: 'wacht@school.example' }));
      await until(async () => ((await server.storage.recentMails(1))[0]?.attempts ?? 0) >= 2);
      const waiting = (await server.storage.recentMails(1))[0];
      assert.equal(waiting?.state === 'pending' || waiting?.state === 'sending', true);
      assert.match(waiting?.error ?? '', /ECONNREFUSED|ESOCKET|ECONNECTION/);
      const smtp = await startSmtp({ port });
      try {
        const [mail] = await smtp.waitFor(1);
        assert.deepEqual(mail?.envelopeTo, ['wacht@school.example']);
        await quiet(300);
        assert.equal(smtp.received.length, 1);
      } finally {
        await smtp.close();
      }
    } finally {
      await server.close();
    }
  });
});

describe('crashes', () => {
  test('a crash after claiming and before SMTP: the lease runs out, each mail goes out exactly once', async () => {
    const dir = tempDir();
    const feed = fixtureFeed(); // the same feed at every start (fixtureFeed() moves with the clock: a change)
    const kept = await startTestServer({ dir, feed }); // no SMTP: three confirmations kept in the outbox
    for (let i = 0; i < 3; i++) await register(kept.url, 'groot', signup());
    await kept.close();

    // What a sender does just before it talks SMTP, and then the process dies: rows 'sending' under a lease.
    const storage = await openTestStorage(dir);
    const now = new Date();
    const claimed = await storage.claimMails(now.toISOString(), new Date(now.getTime() + 60_000).toISOString(), 10);
    assert.equal(claimed.length, 3);
    await storage.close();

    const smtp = await startSmtp();
    let offset = 0;
    const server = await startTestServer({
      dir,
      feed,
      env: { SMTP_URL: smtp.url },
      now: () => new Date(Date.now() + offset),
      mail: FAST,
    });
    try {
      await quiet(300);
      assert.equal(smtp.received.length, 0, 'while the lease holds, another sender may still be at it');
      offset = 61_000;
      const mails = await smtp.waitFor(3);
      await quiet(300);
      assert.equal(mails.length, 3);
      assert.equal(new Set(ids(mails)).size, 3);
      await until(async () => (await server.storage.recentMails(10)).every((j) => j.state === 'sent'));
      assert.deepEqual(
        (await server.storage.recentMails(10)).map((j) => j.state),
        ['sent', 'sent', 'sent'],
      );
    } finally {
      await server.close();
      await smtp.close();
    }
  });

  test('a real crash (SIGKILL) after the SMTP server accepted: sent again after the lease, with the same Message-ID', async () => {
    const dir = tempDir();
    const feedFile = path.join(dir, 'feed.json');
    const feed = fixtureFeed();
    writeFileSync(feedFile, JSON.stringify(feed));
    /** @type {import('node:child_process').ChildProcess | undefined} */
    let child;
    const smtp = await startSmtp({
      // The message is in; the sender dies before it can write 'sent'.
      beforeAccept: async (n) => {
        if (n !== 1 || !child) return;
        child.kill('SIGKILL');
        await once(child, 'exit');
      },
    });
    const env = {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      FEED_FILE: feedFile,
      DATABASE_FILE: path.join(dir, 'data/som.db'),
      SMTP_URL: smtp.url,
      RATE_LIMIT_PER_MINUTE: '1000',
      ALLOWED_ORIGINS: '',
      ADMIN_TOKEN: '',
      ...(await storageEnv(dir)),
    };
    child = spawn(process.execPath, ['--import', CLOCK, MAIN], { env });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    await until(() => /server on (http:\/\/\S+)/.test(out));
    const url = /** @type {string} */ (/server on (http:\/\/\S+)/.exec(out)?.[1]);
    assert.equal((await register(url, 'groot', signup())).status, 201);
    await smtp.waitFor(1);
    assert.notEqual(child.exitCode ?? child.signalCode, null, 'the first server is gone');

    const server = await startTestServer({
      dir,
      feed,
      env: { SMTP_URL: smtp.url },
      now: () => new Date(Date.now() + 6 * 60_000),
      mail: FAST,
    });
    try {
      const mails = await smtp.waitFor(2);
      await quiet(300);
      assert.equal(mails.length, 2, 'delivered again: the crash came after the SMTP server had it');
      assert.equal(new Set(ids(mails)).size, 1, 'but as the same message, which receivers recognise');
      await until(async () => (await server.storage.recentMails(10)).every((j) => j.state === 'sent'));
      assert.deepEqual(
        (await server.storage.recentMails(10)).map((j) => [j.state, j.attempts]),
        [['sent', 2]],
      );
    } finally {
      await server.close();
      await smtp.close();
    }
  });
});

describe('shutdown', () => {
  test('close() stops the sender; what it did not send goes out at the next start', async () => {
    const dir = tempDir();
    const feed = fixtureFeed();
    const port = await freePort();
    const server = await startTestServer({
      dir,
      feed,
      env: { SMTP_URL: `smtp://127.0.0.1:${port}` },
      mail: { ...FAST, retryBaseMs: 60_000 },
    });
    await register(server.url, 'groot', signup());
    await until(async () => ((await server.storage.recentMails(1))[0]?.attempts ?? 0) >= 1);
    await server.close(); // resolves: the sender does not keep the process or the database busy

    const smtp = await startSmtp();
    const again = await startTestServer({
      dir,
      feed,
      env: { SMTP_URL: smtp.url },
      now: () => new Date(Date.now() + 2 * 60_000),
      mail: FAST,
    });
    try {
      await smtp.waitFor(1);
    } finally {
      await again.close();
      await smtp.close();
    }
  });
});
