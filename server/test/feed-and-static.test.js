// @ts-check
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DEMO_CSP } from '../src/static.js';
import { serverForFile, startTestServer } from '../test-support/index.js';

/** @type {import('../test-support/index.js').TestServer} */
let server;
/** @type {string} */
let base;
serverForFile((s) => ((server = s), (base = s.url)));

/**
 * A GET with the path sent exactly as written: fetch() would normalise "..", which is what an attacker's client does not do.
 * @param {string} rawPath
 * @returns {Promise<{ status: number, body: string, type: string | undefined }>}
 */
const rawGet = (rawPath) =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });

describe('/feed.json', () => {
  test('serves the validated feed pointed at this server, cacheable and open to every origin', async () => {
    const res = await fetch(`${base}/feed.json`, { headers: { Origin: 'https://anywhere.example' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'max-age=60, stale-while-revalidate=600');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const feed = await res.json();
    const groot = feed.events.find((/** @type {any} */ e) => e.id === 'groot');
    assert.equal(groot.registration.endpoint, `${base}/api/events/groot/registrations`);
    assert.equal(groot.image.src, `${base}/img/hal5.jpg`, 'demo links follow PUBLIC_URL');
    assert.equal(
      feed.events.find((/** @type {any} */ e) => e.id === 'studiedag').registration.url,
      'https://partner.example/inschrijven',
    );
  });

  test('ETag and If-None-Match give 304', async () => {
    const first = await fetch(`${base}/feed.json`);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]+"$/);
    const again = await fetch(`${base}/feed.json`, { headers: { 'If-None-Match': etag ?? '' } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal((await fetch(`${base}/feed.json`, { headers: { 'If-None-Match': '"other"' } })).status, 200);
  });

  test('uses PUBLIC_URL when set', async () => {
    const other = await startTestServer({ env: { PUBLIC_URL: 'https://som.example/widgets/' } });
    try {
      const feed = await (
        await fetch(`${other.url.replace('https://som.example/widgets', `http://127.0.0.1:${other.port}`)}/feed.json`)
      ).json();
      assert.equal(other.url, 'https://som.example/widgets');
      assert.equal(feed.events[0].registration.endpoint, 'https://som.example/widgets/api/events/groot/registrations');
    } finally {
      await other.close();
    }
  });
});

describe('static files', () => {
  test('demo pages, images, CDN bundles and modules with their content types', async () => {
    for (const [path, type, cache] of [
      ['/', 'text/html; charset=utf-8', 'no-cache'],
      ['/school.html', 'text/html; charset=utf-8', 'no-cache'],
      ['/img/logo.svg', 'image/svg+xml', 'no-cache'],
      ['/cdn/som-widgets.js', 'text/javascript; charset=utf-8', 'public, max-age=300'],
      ['/dist/feed/index.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ]) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type, path);
      assert.equal(res.headers.get('cache-control'), cache, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      // Demo pages carry the strict policy partner sites may use; other files need none.
      const csp = res.headers.get('content-security-policy') ?? '';
      if (type.startsWith('text/html'))
        assert.match(
          csp,
          /script-src 'self'; style-src 'self';.*require-trusted-types-for 'script'; trusted-types lit-html/,
          path,
        );
      const etag = res.headers.get('etag') ?? '';
      assert.equal((await fetch(base + path, { headers: { 'If-None-Match': etag } })).status, 304, path);
    }
  });

  test("the editor's preview may fetch a pasted feed address on any https: server and its own blob: URLs; other pages only from here", async () => {
    writeFileSync(join(server.dir, 'demo/preview.html'), '<!doctype html><title>Preview</title>');
    const preview = (await fetch(`${base}/preview.html`)).headers.get('content-security-policy') ?? '';
    assert.equal(preview, DEMO_CSP.replace("connect-src 'self'", "connect-src 'self' https: blob:"));
    assert.match(
      preview,
      /script-src 'self'; style-src 'self';.*require-trusted-types-for 'script'; trusted-types lit-html/,
    );
    for (const page of ['/index.html', '/school.html']) {
      const csp = (await fetch(base + page)).headers.get('content-security-policy') ?? '';
      assert.equal(csp, DEMO_CSP, page);
      assert.match(csp, /connect-src 'self';/, page);
    }
  });

  test('no way out of the served folders, no dotfiles, no node_modules', async () => {
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/img/..%2f..%2fpackage.json',
      '/cdn/../../package.json',
      '/cdn/..%2f..%2fpackage.json',
      '/dist/%2e%2e/package.json',
      '/dist/..%5c..%5cpackage.json',
      '/node_modules/secret/index.js',
      '/dist/../node_modules/secret/index.js',
      '/.env',
      '/%2eenv',
      '/img/%00.svg',
      '/%E0%A4%A',
    ]) {
      const res = await rawGet(path);
      assert.equal(res.status, 404, path);
      assert.equal(res.type, 'application/problem+json', path);
      assert.doesNotMatch(res.body, /secret|SECRET/, path);
    }
  });
});

describe('errors are problem details', () => {
  test('404 and 405', async () => {
    const missing = await fetch(`${base}/bestaat-niet.html`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(Object.keys(await missing.json()).sort(), ['detail', 'status', 'title', 'type']);
    const wrong = await fetch(`${base}/feed.json`, { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assert.equal((await wrong.json()).type, 'https://som-widgets.example/problems/method-not-allowed');
    assert.equal((await fetch(`${base}/api/events/groot/registrations`, { method: 'DELETE' })).status, 405);
  });
});
