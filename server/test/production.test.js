// @ts-check
/** Running behind a proxy: client addresses, rate limits, failed logins, health, logs, compression, timeouts. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { ConfigError, readConfig, tokenBits } from '../src/config.js';
import { chooseEncoding } from '../src/compress.js';
import { fixedWindow } from '../src/http.js';
import { clientAddress, parseTrustProxy } from '../src/proxy.js';
import { ADMIN_TOKEN, startTestServer } from '../test-support/index.js';

/**
 * A raw GET (fetch would decode the body and hide Content-Encoding).
 * @param {string} url @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
const rawGet = (url, headers = {}) =>
  new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      /** @type {Buffer[]} */
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on('error', reject)
      .end();
  });

/** POST nowhere in particular: every POST under /api counts against the limit, whatever it answers. @param {string} base @param {Record<string, string>} headers */
const post = (base, headers) =>
  fetch(`${base}/api/events/bestaat-niet/registrations`, { method: 'POST', headers, body: '{}' }).then((r) => r.status);

describe('TRUST_PROXY', () => {
  test('parsing: a number of proxies, a list of addresses and ranges, or a clear refusal', () => {
    assert.equal(parseTrustProxy(undefined), undefined);
    assert.equal(parseTrustProxy('0'), undefined);
    assert.deepEqual(parseTrustProxy('2'), { hops: 2 });
    assert.throws(() => readConfig({ TRUST_PROXY: '10.0.0.0/33' }), ConfigError);
    assert.throws(() => readConfig({ TRUST_PROXY: 'proxy.example' }), /TRUST_PROXY/);
  });

  test('who the client is: the peer without TRUST_PROXY, else counted from the nearest proxy outwards', () => {
    /** @param {Record<string, string>} h */
    const headers = (h) => (/** @type {string} */ name) => h[name];
    const xff = headers({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' });
    assert.equal(clientAddress('10.0.0.2', xff, undefined), '10.0.0.2', 'ignored without TRUST_PROXY');
    assert.equal(clientAddress('10.0.0.2', xff, parseTrustProxy('1')), '203.0.113.7');
    assert.equal(clientAddress('10.0.0.2', xff, parseTrustProxy('2')), '198.51.100.1');
    assert.equal(clientAddress('10.0.0.2', xff, parseTrustProxy('5')), '198.51.100.1', 'never past the chain');
    assert.equal(
      clientAddress('::ffff:10.0.0.2', headers({}), parseTrustProxy('1')),
      '10.0.0.2',
      'no header: the peer',
    );
    const list = parseTrustProxy('10.0.0.0/8, 2001:db8::/32');
    assert.equal(clientAddress('10.0.0.2', xff, list), '203.0.113.7');
    assert.equal(clientAddress('192.0.2.5', xff, list), '192.0.2.5', 'an untrusted peer is the client');
    const chain = headers({ 'x-forwarded-for': '198.51.100.1, 10.1.1.1' });
    assert.equal(clientAddress('10.0.0.2', chain, list), '198.51.100.1', 'every trusted hop is skipped');
    const rfc = headers({ forwarded: 'for=198.51.100.1;proto=https, for="[2001:db8:cafe::17]:4711"' });
    assert.equal(clientAddress('10.0.0.2', rfc, parseTrustProxy('1')), '2001:db8:cafe::17');
    assert.equal(clientAddress('10.0.0.2', rfc, parseTrustProxy('2')), '198.51.100.1');
  });

  test("behind one proxy with TRUST_PROXY=1, one visitor's 61 POSTs do not block another", async () => {
    const fixed = new Date(); // one minute for all 61, wherever the real clock stands
    const server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '60', TRUST_PROXY: '1' }, now: () => fixed });
    try {
      const a = { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' };
      const statuses = [];
      for (let i = 0; i < 61; i += 1) statuses.push(await post(server.url, a));
      assert.equal(statuses.filter((s) => s === 429).length, 1, String(statuses));
      assert.equal(statuses.at(-1), 429);
      assert.notEqual(await post(server.url, { ...a, 'X-Forwarded-For': '198.51.100.9' }), 429, 'another visitor');
      // A visitor who writes their own header is still named by the proxy, which appends the real address.
      assert.equal(await post(server.url, { ...a, 'X-Forwarded-For': '198.51.100.10, 203.0.113.7' }), 429);
    } finally {
      await server.close();
    }
  });

  test('without TRUST_PROXY the header is ignored: everyone behind the proxy shares one count', async () => {
    const fixed = new Date();
    const server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '3' }, now: () => fixed });
    try {
      const h = { 'Content-Type': 'application/json' };
      for (let i = 0; i < 3; i += 1) await post(server.url, { ...h, 'X-Forwarded-For': `203.0.113.${i}` });
      assert.equal(await post(server.url, { ...h, 'X-Forwarded-For': '198.51.100.9' }), 429);
    } finally {
      await server.close();
    }
  });
});

describe('rate limiter (finding 3)', () => {
  test('a fixed window per minute: counts per key, forgotten whole when the next minute begins', () => {
    let now = 60_000 * 1000 + 59_500;
    const w = fixedWindow(2, { clock: () => now });
    assert.deepEqual(
      [w.hit('a'), w.hit('a'), w.hit('a')].map((r) => r.allowed),
      [true, true, false],
    );
    assert.equal(w.hit('a').retryAfter, 1);
    now += 600;
    assert.equal(w.hit('a').allowed, true, 'a new minute');
    assert.equal(w.size(), 1, 'the old window is gone');
  });

  test('memory is bounded: beyond maxKeys new keys are not stored (allowed, or denied for logins)', () => {
    const open = fixedWindow(5, { maxKeys: 1000 });
    const shut = fixedWindow(5, { maxKeys: 1000, overflow: 'deny' });
    for (let i = 0; i < 5000; i += 1) {
      open.hit(`10.0.${i >> 8}.${i & 255}`);
      shut.hit(`10.0.${i >> 8}.${i & 255}`);
    }
    assert.equal(open.size(), 1000);
    assert.equal(open.hit('192.0.2.1').allowed, true);
    assert.equal(shut.hit('192.0.2.1').allowed, false);
    assert.equal(shut.hit('10.0.0.0').allowed, true, 'a key already counted keeps its own count');
  });

  test('a lookup costs the same at 1,000 and at 90,000 addresses (no scan per request)', () => {
    /** @param {number} n */
    const perHit = (n) => {
      const w = fixedWindow(60, { maxKeys: 100_000 });
      for (let i = 0; i < n; i += 1) w.hit(`a${i}`);
      const start = process.cpuUsage();
      for (let r = 0; r < 20_000; r += 1) w.hit(`a${r % n}`);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 20_000;
    };
    perHit(1000); // warm up
    const small = perHit(1000);
    const large = perHit(90_000);
    // A scan per request made this ratio ~90; a Map lookup keeps it near 1 (slack for a busy, shared machine).
    assert.ok(large < small * 8 + 1, `${small.toFixed(3)} µs vs ${large.toFixed(3)} µs per hit`);
  });
});

describe('failed authentication (finding 5)', () => {
  test('ten wrong admin tokens a minute, then 429 even for the right one; another address is unaffected', async () => {
    const fixed = new Date();
    const server = await startTestServer({ env: { TRUST_PROXY: '1' }, now: () => fixed });
    try {
      /** @param {string} token @param {string} from */
      const csv = (token, from) =>
        fetch(`${server.url}/api/events/vragen/registrations.csv`, {
          headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': from },
        }).then((r) => r.status);
      const guesses = [];
      for (let i = 0; i < 11; i += 1) guesses.push(await csv(`guess-${i}`, '203.0.113.7'));
      assert.deepEqual(guesses, [...Array(10).fill(401), 429]);
      assert.equal(await csv(ADMIN_TOKEN, '203.0.113.7'), 429, 'locked for the rest of the minute');
      assert.equal(await csv(ADMIN_TOKEN, '198.51.100.9'), 200, 'the organiser elsewhere still gets in');
    } finally {
      await server.close();
    }
  });

  test('an ADMIN_TOKEN under 128 bits is refused at start, with what to do', () => {
    assert.ok(tokenBits('demo-organiser') < 128);
    assert.ok(tokenBits('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa') < 128, 'repetition is no strength');
    assert.ok(tokenBits('9f86d081884c7d659a2feaa0c55ad015') >= 128, '32 hex digits');
    assert.throws(() => readConfig({ ADMIN_TOKEN: 'test-admin-token-3f9a' }), /at least 128 bits/);
    assert.equal(readConfig({ ADMIN_TOKEN }).adminToken, ADMIN_TOKEN);
    const main = fileURLToPath(new URL('../src/main.js', import.meta.url));
    const run = spawnSync(process.execPath, [main], {
      env: { ...process.env, ADMIN_TOKEN: 'demo-organiser', PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /ADMIN_TOKEN is too weak .*randomBytes/);
  });
});

describe('health, logs', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('/healthz: the process answers; /readyz: the database answers and the feed is loaded', async () => {
    const health = await fetch(`${server.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 200);
    const body = await ready.json();
    assert.equal(body.status, 'ready');
    assert.equal(body.feed.events, 10);
    assert.equal(ready.headers.get('cache-control'), 'no-store');
  });

  test('/readyz answers 503 when the database does not', async () => {
    const other = await startTestServer();
    other.storage.close();
    try {
      const res = await fetch(`${other.url}/readyz`);
      assert.equal(res.status, 503);
      assert.equal((await res.json()).database, 'error');
    } finally {
      await other.close().catch(() => {});
    }
  });

  test('one JSON line per request: method, route pattern, status, duration, request id (also sent back)', async () => {
    const res = await fetch(`${server.url}/api/events/groot/registrations`);
    const id = res.headers.get('x-request-id');
    assert.match(id ?? '', /^[\w-]{8,}$/);
    const line = server.logs
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .find((l) => l.id === id);
    assert.deepEqual(Object.keys(line).sort(), ['id', 'level', 'method', 'ms', 'msg', 'route', 'status', 'time']);
    assert.equal(line.route, '/api/events/:id/registrations');
    assert.equal(line.status, 200);
  });

  test('no log injection (finding 4): a path with CR LF or quotes never reaches the log', async () => {
    const before = server.logs.length;
    for (const p of ['/%0D%0A2026-01-01T00:00:00Z%20GET%20%2Fadmin%20200', '/api/events/x%0Ay%22%7D/registrations'])
      await fetch(server.url + p);
    const lines = server.logs.slice(before);
    assert.equal(lines.length, 2, lines.join('\n'));
    for (const l of lines) {
      const parsed = JSON.parse(l);
      assert.doesNotMatch(l, /admin|x\\ny|2026-01-01/);
      assert.ok(['*', '/*', '/api/events/:id/registrations'].includes(parsed.route), parsed.route);
    }
  });
});

describe('compression', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('Accept-Encoding: brotli before gzip, none refused with q=0', () => {
    assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
    assert.equal(chooseEncoding('gzip;q=1, br;q=0.5'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('identity'), undefined);
    assert.equal(chooseEncoding(undefined), undefined);
  });

  test('/feed.json in brotli and gzip, each with its own ETag and a 304; Vary: Accept-Encoding', async () => {
    const plain = await rawGet(`${server.url}/feed.json`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(plain.headers.vary ?? '', /Accept-Encoding/);
    const br = await rawGet(`${server.url}/feed.json`, { 'Accept-Encoding': 'br' });
    const gz = await rawGet(`${server.url}/feed.json`, { 'Accept-Encoding': 'gzip' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    assert.deepEqual(gunzipSync(gz.body), plain.body);
    assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} of ${plain.body.length} bytes`);
    const tags = new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]);
    assert.equal(tags.size, 3, [...tags].join(' '));
    for (const [res, enc] of /** @type {const} */ ([
      [br, 'br'],
      [gz, 'gzip'],
      [plain, 'identity'],
    ])) {
      const again = await rawGet(`${server.url}/feed.json`, {
        'Accept-Encoding': enc,
        'If-None-Match': /** @type {string} */ (res.headers.etag),
      });
      assert.equal(again.status, 304, enc);
      assert.equal(again.headers.etag, res.headers.etag, enc);
      assert.equal(again.body.length, 0);
    }
    // Another representation's ETag does not revalidate this one.
    const cross = await rawGet(`${server.url}/feed.json`, {
      'Accept-Encoding': 'gzip',
      'If-None-Match': /** @type {string} */ (br.headers.etag),
    });
    assert.equal(cross.status, 200);
    assert.equal(cross.headers['content-encoding'], 'gzip');
  });

  test('pages and JSON answers compressed too; small ones and images as they are', async () => {
    const ics = await rawGet(`${server.url}/calendar.ics`, { 'Accept-Encoding': 'gzip' });
    assert.equal(ics.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(ics.body).toString(), /BEGIN:VCALENDAR/);
    const small = await rawGet(`${server.url}/healthz`, { 'Accept-Encoding': 'br' });
    assert.equal(small.headers['content-encoding'], undefined);
    assert.equal(JSON.parse(small.body.toString()).status, 'ok');
  });
});

describe('timeouts', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let server;
  /** @type {number} */
  let port;
  before(async () => {
    server = await startTestServer({
      timeouts: { headersTimeout: 1000, requestTimeout: 1500, keepAliveTimeout: 500, connectionsCheckingInterval: 200 },
    });
    port = Number(new URL(server.url).port);
  });
  after(() => server.close());

  /**
   * Open a socket, send `start`, then one byte of `drip` every 100 ms; resolves with how long the server kept it
   * open and what it answered.
   * @param {string} start @param {string} drip
   */
  const slowClient = (start, drip) =>
    new Promise((resolve) => {
      const began = performance.now();
      const socket = connect(port, '127.0.0.1');
      let received = '';
      let i = 0;
      socket.write(start);
      const timer = setInterval(() => {
        if (!socket.writable) return;
        socket.write(drip[i % drip.length] ?? 'x');
        i += 1;
      }, 100);
      socket.on('data', (d) => (received += d));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ ms: performance.now() - began, received });
      });
    });

  test('a body sent slowly is cut off at requestTimeout (408), not held for minutes', async () => {
    const { ms, received } = /** @type {{ ms: number, received: string }} */ (
      await slowClient(
        'POST /api/self-checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n',
        ' ',
      )
    );
    assert.ok(ms >= 1400 && ms < 4000, `closed after ${Math.round(ms)} ms`);
    assert.match(received, /^HTTP\/1\.1 408/);
  });

  test('headers sent slowly are cut off at headersTimeout', async () => {
    const { ms } = /** @type {{ ms: number, received: string }} */ (
      await slowClient('GET /feed.json HTTP/1.1\r\nHost: x\r\nX-Slow: ', 'abcdefgh')
    );
    assert.ok(ms >= 900 && ms < 3500, `closed after ${Math.round(ms)} ms`);
  });

  test('an idle keep-alive connection is closed after keepAliveTimeout', async () => {
    const { ms, received } = /** @type {{ ms: number, received: string }} */ (
      await new Promise((resolve) => {
        const began = performance.now();
        const socket = connect(port, '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'));
        let received = '';
        socket.on('data', (d) => (received += d));
        socket.on('close', () => resolve({ ms: performance.now() - began, received }));
      })
    );
    assert.match(received, /^HTTP\/1\.1 200/);
    assert.ok(ms >= 400 && ms < 3000, `closed after ${Math.round(ms)} ms`);
  });
});
