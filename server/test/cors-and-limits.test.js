// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ORIGIN, register, signup, startTestServer } from '../test-support/index.js';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {string} */
let base;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  base = server.url;
});
after(() => server.close());

describe('CORS', () => {
  test('an allow-listed origin is echoed exactly, with Vary: Origin and Retry-After exposed', async () => {
    const res = await fetch(`${base}/api/events/groot/registrations`, { headers: { Origin: ORIGIN } });
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After');
  });

  test('an unlisted origin gets no Access-Control-Allow-Origin', async () => {
    const res = await fetch(`${base}/api/events/groot/registrations`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${base}/api/events/groot/registrations`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });

  test('preflight allows the methods and headers the widget uses', async () => {
    const res = await fetch(`${base}/api/events/groot/registrations`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(res.headers.get('access-control-allow-methods')?.split(','), ['GET', 'POST', 'DELETE', 'OPTIONS']);
    assert.deepEqual(res.headers.get('access-control-allow-headers')?.split(','), ['Content-Type', 'Idempotency-Key']);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
  });

  test('errors carry CORS headers too, so the widget can read them', async () => {
    const res = await register(base, 'bestaat-niet', signup(), { Origin: ORIGIN });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
  });
});

describe('rate limit', () => {
  test('POST and DELETE beyond the limit per minute get 429 with Retry-After; reads are not limited', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await register(base, 'groot', signup(), { Origin: ORIGIN })).status);
    assert.equal(statuses.filter((s) => s === 429).length >= 2, true, String(statuses));
    const limited = await register(base, 'groot', signup(), { Origin: ORIGIN });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('content-type'), 'application/problem+json');
    assert.equal((await limited.json()).type, 'https://som-widgets.example/problems/rate-limited');
    const wait = Number(limited.headers.get('retry-after'));
    assert.ok(wait >= 1 && wait <= 60, String(wait));
    assert.equal(limited.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal((await fetch(`${base}/api/registrations/x`, { method: 'DELETE' })).status, 429);
    assert.equal((await fetch(`${base}/api/events/groot/registrations`)).status, 200);
  });
});
