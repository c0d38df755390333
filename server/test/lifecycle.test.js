// @ts-check
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runRetention } from '../src/server.js';
import { fixtureFeed, register, signup, startTestServer, tempDir } from '../test-support/index.js';

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));
const DAY = 86_400_000;

/**
 * Run `node src/main.js` with an environment; resolves when it exits, or calls `onReady` once it listens.
 * @param {Record<string, string>} env
 * @param {(child: import('node:child_process').ChildProcess) => void} [onReady]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function runMain(env, onReady) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env } });
    let stdout = '';
    let stderr = '';
    let ready = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (onReady && !ready && /server on http/.test(stdout)) {
        ready = true;
        onReady(child);
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('start', () => {
  test('an invalid feed stops the server with a clear message and a non-zero exit', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, network: { name: 'zonder id' } }));
    const invalid = await runMain({ FEED_FILE: bad, DATABASE_FILE: path.join(dir, 'db.sqlite') });
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /FEED_FILE .*bad\.json is not a valid feed: .*network/);

    writeFileSync(bad, '{ "version": 1, ');
    const notJson = await runMain({ FEED_FILE: bad, DATABASE_FILE: path.join(dir, 'db.sqlite') });
    assert.equal(notJson.code, 1);
    assert.match(notJson.stderr, /is not valid JSON/);

    const missing = await runMain({ FEED_FILE: path.join(dir, 'nope.json') });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot be read \(ENOENT\)/);
  });

  test('an invalid setting is refused at start', async () => {
    const result = await runMain({ RETENTION_DAYS: 'dertig' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /RETENTION_DAYS must be a whole number/);
  });

  test('SIGTERM: a graceful stop with exit code 0', async () => {
    const dir = tempDir();
    const feedFile = path.join(dir, 'feed.json');
    writeFileSync(feedFile, JSON.stringify(fixtureFeed()));
    const result = await runMain({ FEED_FILE: feedFile, DATABASE_FILE: path.join(dir, 'data/som.db') }, (child) =>
      child.kill('SIGTERM'),
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /SIGTERM: finishing requests in flight, then closing the database/);
  });
});

describe('durability and retention', () => {
  test('a registration answered 201 survives a restart', async () => {
    const dir = tempDir();
    const first = await startTestServer({ dir });
    const reg = await (await register(first.url, 'groot', signup())).json();
    await first.close();
    const second = await startTestServer({ dir });
    try {
      const token = reg.cancelUrl.split('/').pop();
      const res = await fetch(`${second.url}/api/registrations/${token}`);
      assert.equal(res.status, 200);
      assert.equal((await res.json()).status, 'confirmed');
      assert.equal((await (await fetch(`${second.url}/api/events/groot/registrations`)).json()).confirmed, 1);
    } finally {
      await second.close();
    }
  });

  test('registrations go RETENTION_DAYS after their event ended, not before', async () => {
    const server = await startTestServer();
    try {
      const reg = await (await register(server.url, 'klein', signup())).json();
      const token = reg.cancelUrl.split('/').pop();
      const found = () => fetch(`${server.url}/api/registrations/${token}`).then((r) => r.status);
      // "klein" ends 15.1 days from now.
      assert.equal(await runRetention(server.storage, 30, new Date(Date.now() + 44 * DAY)), 0);
      assert.equal(await found(), 200);
      assert.equal(await runRetention(server.storage, 30, new Date(Date.now() + 46 * DAY)), 1);
      assert.equal(await found(), 404);
    } finally {
      await server.close();
    }
  });

  test('also for an event that left the feed, at start', async () => {
    const dir = tempDir();
    const first = await startTestServer({ dir });
    const reg = await (await register(first.url, 'groot', signup())).json();
    await first.close();

    const feed = fixtureFeed();
    feed.events = feed.events.filter((e) => e.id !== 'groot');
    const later = new Date(Date.now() + 55 * DAY); // "groot" ended 34.9 days before
    const second = await startTestServer({ dir, feed, now: () => later });
    try {
      assert.ok(
        second.logs.some((l) => /retention: deleted 1 registration/.test(l)),
        second.logs.join('\n'),
      );
      const token = reg.cancelUrl.split('/').pop();
      assert.equal((await fetch(`${second.url}/api/registrations/${token}`)).status, 404);
    } finally {
      await second.close();
    }
  });
});
