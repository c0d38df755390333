// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyHash } from '../src/registrations.js';
import { register, serverForFile, signup, signupsAtOnce, startTestServer } from '../test-support/index.js';

/** @type {import('../test-support/index.js').TestServer} */
let server;
/** @type {string} */
let base;
serverForFile((s) => ((server = s), (base = s.url)));

const PROBLEM = 'application/problem+json';
/** @param {string} id */
const availability = async (id) => (await fetch(`${base}/api/events/${id}/registrations`)).json();

describe('availability', () => {
  test('an open event with capacity', async () => {
    const res = await fetch(`${base}/api/events/klein/registrations`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'max-age=5');
    assert.deepEqual(await res.json(), {
      eventId: 'klein',
      state: 'open',
      capacity: 2,
      confirmed: 0,
      waitlisted: 0,
      remaining: 2,
      waitlist: true,
      opens: null,
      closes: null,
      retentionDays: 30, // the default RETENTION_DAYS, for the widget's privacy notice
    });
  });

  test('each state', async () => {
    assert.equal((await availability('gesloten')).state, 'closed');
    assert.equal((await availability('voorbij')).state, 'closed');
    assert.equal((await availability('afgelast')).state, 'cancelled');
    const later = await availability('nog-niet-open');
    assert.equal(later.state, 'not-yet-open');
    assert.match(later.opens, /^\d{4}-/);
    const unlimited = await availability('vragen');
    assert.equal(unlimited.capacity, null);
    assert.equal(unlimited.remaining, null);
  });

  test('404 for an unknown event or one without a sign-up form', async () => {
    for (const id of ['bestaat-niet', 'studiedag']) {
      const res = await fetch(`${base}/api/events/${id}/registrations`);
      assert.equal(res.status, 404);
      assert.equal(res.headers.get('content-type'), PROBLEM);
      assert.equal((await res.json()).type, 'https://som-widgets.example/problems/not-found');
    }
  });
});

describe('register', () => {
  test('201 with the registration, a cancel link and a calendar link', async () => {
    const res = await register(base, 'groot', signup());
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.equal(body.status, 'confirmed');
    assert.equal(body.position, null);
    assert.match(body.id, /^[0-9a-f-]{36}$/);
    const token = body.cancelUrl.slice(`${base}/api/registrations/`.length);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    assert.equal(body.icsUrl, `${body.cancelUrl}/calendar.ics`);
  });

  test('refused when closed, not yet open, cancelled or over (410)', async () => {
    for (const [id, type] of [
      ['gesloten', 'closed'],
      ['voorbij', 'closed'],
      ['nog-niet-open', 'not-yet-open'],
      ['afgelast', 'cancelled'],
    ]) {
      const res = await register(base, id, signup());
      assert.equal(res.status, 410, id);
      assert.equal(res.headers.get('content-type'), PROBLEM);
      assert.equal((await res.json()).type, `https://som-widgets.example/problems/${type}`);
    }
  });

  test('a filled honeypot gets 202 and nothing is stored', async () => {
    const before = await availability('klein');
    const res = await register(base, 'klein', signup({ website: 'https://spam.example' }));
    assert.equal(res.status, 202);
    assert.deepEqual(await availability('klein'), before);
  });

  test('400 without Idempotency-Key, 400 for a body that is not an object, 415 for another content type', async () => {
    const noKey = await fetch(`${base}/api/events/groot/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(signup()),
    });
    assert.equal(noKey.status, 400);
    assert.equal((await noKey.json()).type, 'https://som-widgets.example/problems/idempotency-key-missing');
    assert.equal((await register(base, 'groot', '[1,2]')).status, 400);
    assert.equal((await register(base, 'groot', '{"name":')).status, 400);
    assert.equal(
      (await register(base, 'groot', 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).status,
      415,
    );
  });

  test('413 for a body over 16 KB', async () => {
    const res = await register(base, 'groot', signup({ name: 'x'.repeat(17_000) }));
    assert.equal(res.status, 413);
    assert.equal(res.headers.get('content-type'), PROBLEM);
  });
});

describe('validation (422 with errors)', () => {
  /** @param {string} id @param {Record<string, unknown>} body */
  const errorsOf = async (id, body) => {
    const res = await register(base, id, body);
    assert.equal(res.status, 422);
    assert.equal(res.headers.get('content-type'), PROBLEM);
    const problem = await res.json();
    assert.equal(problem.type, 'https://som-widgets.example/problems/validation');
    return Object.fromEntries(
      problem.errors.map((/** @type {{field: string, message: string}} */ e) => [e.field, e.message]),
    );
  };
  const good = { organisatie: 'De Wijnpers', rol: 'leraar', foto: true };

  test('name, e-mail and consent, in Dutch', async () => {
    const errors = await errorsOf('groot', signup({ name: '  ', email: 'an@', consent: false }));
    assert.deepEqual(Object.keys(errors).sort(), ['consent', 'email', 'name']);
    assert.equal(errors.name, 'Vul je naam in.');
    assert.match(errors.email, /geldig e-mailadres/);
    const long = await errorsOf('groot', signup({ name: 'n'.repeat(201) }));
    assert.match(long.name, /200/);
    assert.ok((await errorsOf('groot', signup({ consent: 'true' }))).consent, 'consent must be the boolean true');
  });

  test('in English for another language', async () => {
    const errors = await errorsOf('groot', signup({ name: '', language: 'en' }));
    assert.equal(errors.name, 'Enter your name.');
  });

  test('required answers, types, options, maxLength and unknown questions', async () => {
    const missing = await errorsOf('vragen', signup({ answers: {} }));
    assert.deepEqual(Object.keys(missing).sort(), ['answers.foto', 'answers.organisatie', 'answers.rol']);
    assert.equal(missing['answers.organisatie'], 'Vul "Organisatie" in.');
    assert.equal(missing['answers.foto'], 'Vink "Foto mag" aan.');

    const wrong = await errorsOf(
      'vragen',
      signup({
        answers: {
          organisatie: 'x'.repeat(41),
          werkmail: 'geen-mail',
          telefoon: 'bel me',
          vraag: 42,
          rol: 'leerling',
          foto: 'ja',
          aantal: 'veel',
          onbekend: 'x',
        },
      }),
    );
    assert.deepEqual(Object.keys(wrong).sort(), [
      'answers.aantal',
      'answers.foto',
      'answers.onbekend',
      'answers.organisatie',
      'answers.rol',
      'answers.telefoon',
      'answers.vraag',
      'answers.werkmail',
    ]);
    assert.match(wrong['answers.organisatie'], /40/);

    assert.ok((await errorsOf('vragen', signup({ answers: ['x'] }))).answers);
  });

  test('valid answers of every type are accepted', async () => {
    const res = await register(
      base,
      'vragen',
      signup({
        answers: {
          ...good,
          werkmail: 'an@school.example',
          telefoon: '+32 16 12 34 56',
          vraag: 'Hoe?\nEn waarom?',
          aantal: '3',
        },
      }),
    );
    assert.equal(res.status, 201);
  });
});

describe('idempotency', () => {
  test('the same key with the same body gives the same answer, stored once', async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(signup());
    const first = await register(base, 'klein', body, { 'Idempotency-Key': key });
    const second = await register(base, 'klein', body, { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal((await availability('klein')).confirmed, 1);
  });

  test('the same key with another body is 422', async () => {
    const key = crypto.randomUUID();
    assert.equal((await register(base, 'groot', signup(), { 'Idempotency-Key': key })).status, 201);
    const res = await register(base, 'groot', signup(), { 'Idempotency-Key': key });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).type, 'https://som-widgets.example/problems/idempotency-key-reused');
  });

  test('the same key while the first request is in flight is 409', async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(signup());
    // Hold the key as a request in progress would (in one process the real window is too short to hit).
    const now = new Date().toISOString();
    assert.equal((await server.storage.claimKey(key, bodyHash('groot', body), now, now)).state, 'new');
    const res = await register(base, 'groot', body, { 'Idempotency-Key': key });
    assert.equal(res.status, 409);
    assert.equal(res.headers.get('retry-after'), '1');
    assert.equal((await res.json()).type, 'https://som-widgets.example/problems/request-in-progress');
    await server.storage.releaseKey(key);
    assert.equal((await register(base, 'groot', body, { 'Idempotency-Key': key })).status, 201);
  });

  test('a refused request does not hold its key: fixing the input with the same key works', async () => {
    const key = crypto.randomUUID();
    assert.equal((await register(base, 'groot', signup({ consent: false }), { 'Idempotency-Key': key })).status, 422);
    assert.equal((await register(base, 'groot', signup(), { 'Idempotency-Key': key })).status, 201);
  });
});

describe('the same e-mail twice', () => {
  test('200 with the existing registration and duplicate: true, no second seat', async () => {
    const first = await (await register(base, 'groot', signup({ email: 'Lies@Example.org' }))).json();
    const before = await availability('groot');
    const again = await register(base, 'groot', signup({ email: '  lies@example.ORG ' }));
    assert.equal(again.status, 200);
    const body = await again.json();
    assert.deepEqual(body, { id: first.id, eventId: 'groot', status: 'confirmed', position: null, duplicate: true });
    assert.ok(!('cancelUrl' in body), 'knowing an address must not reveal its cancel link');
    assert.deepEqual(await availability('groot'), before);
  });
});

describe('capacity, waiting list, cancel and promotion', () => {
  test('full without a waiting list is 409 /full', async () => {
    assert.equal((await register(base, 'zonder-wachtlijst', signup())).status, 201);
    assert.equal((await availability('zonder-wachtlijst')).state, 'full');
    const res = await register(base, 'zonder-wachtlijst', signup());
    assert.equal(res.status, 409);
    assert.match((await res.json()).type, /\/full$/);
  });

  test('waiting list positions, cancel by DELETE, and the first person waiting promoted', async () => {
    const seatsLeft = (await availability('klein')).remaining;
    assert.ok(seatsLeft >= 1);
    const bodies = Array.from({ length: seatsLeft + 2 }, () => signup());
    /** @type {any[]} */
    const people = [];
    for (const body of bodies) people.push(await (await register(base, 'klein', body)).json());
    const waiting = people.slice(seatsLeft);
    assert.deepEqual(
      waiting.map((p) => [p.status, p.position]),
      [
        ['waitlisted', 1],
        ['waitlisted', 2],
      ],
    );
    assert.equal((await availability('klein')).state, 'waitlist');

    const confirmed = people[0];
    assert.equal(confirmed.status, 'confirmed');
    const del = await fetch(confirmed.cancelUrl, { method: 'DELETE' });
    assert.equal(del.status, 200);
    assert.equal((await del.json()).status, 'cancelled');

    const promoted = await (await fetch(waiting[0].cancelUrl)).json();
    assert.equal(promoted.status, 'confirmed');
    assert.equal(promoted.position, null);
    const next = await (await fetch(waiting[1].cancelUrl)).json();
    assert.deepEqual([next.status, next.position], ['waitlisted', 1]);

    // Cancelling a waiting-list place promotes nobody; cancelling twice is harmless.
    assert.equal((await fetch(waiting[1].cancelUrl, { method: 'DELETE' })).status, 200);
    assert.equal((await fetch(waiting[1].cancelUrl, { method: 'DELETE' })).status, 200);
    const after = await availability('klein');
    assert.deepEqual([after.confirmed, after.waitlisted], [2, 0]);

    // A cancelled person may sign up again.
    const again = await register(base, 'klein', signup({ email: bodies[0].email }));
    assert.equal(again.status, 201);
    assert.equal((await again.json()).status, 'waitlisted');
  });

  test('the cancel link as JSON, and 404 for an unknown token', async () => {
    const reg = await (await register(base, 'groot', signup())).json();
    const res = await fetch(reg.cancelUrl);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.json();
    assert.equal(body.status, 'confirmed');
    assert.equal(body.event.title, 'Open SOM-raad');
    assert.equal(body.icsUrl, reg.icsUrl);
    for (const method of ['GET', 'DELETE', 'POST']) {
      const unknown = await fetch(`${base}/api/registrations/onbekend-token`, { method });
      assert.equal(unknown.status, 404, method);
      assert.equal(unknown.headers.get('content-type'), PROBLEM);
    }
    assert.equal((await fetch(reg.cancelUrl, { method: 'PUT' })).status, 405);
  });

  test('the cancel link as a page for browsers, whose confirm step cancels by POST (more in registration-page.test.js)', async () => {
    const reg = await (await register(base, 'groot', signup())).json();
    const page = await fetch(reg.cancelUrl, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    const html = await page.text();
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /<h1>Je inschrijving<\/h1>/);
    assert.match(html, /Je bent ingeschreven\./);
    assert.ok(html.includes(`href="${reg.cancelUrl}?cancel=1"`));

    const confirm = await (await fetch(`${reg.cancelUrl}?cancel=1`, { headers: { Accept: 'text/html' } })).text();
    assert.match(confirm, /<form method="post"[^>]*>\s*<button type="submit">Ja, annuleer mijn inschrijving<\/button>/);
    const posted = await fetch(reg.cancelUrl, { method: 'POST', redirect: 'manual' });
    assert.equal(posted.status, 303);
    assert.equal(new URL(posted.headers.get('location') ?? '', reg.cancelUrl).href, `${reg.cancelUrl}?done=freed`);
    const after = await (await fetch(reg.cancelUrl, { headers: { Accept: 'text/html' } })).text();
    assert.match(after, /Deze inschrijving is geannuleerd\./);
    assert.doesNotMatch(after, /<form|\?cancel=1/);
  });

  test('the calendar file: one event, Brussels time, a reminder a day before; gone once cancelled', async () => {
    const reg = await (await register(base, 'groot', signup())).json();
    const res = await fetch(reg.icsUrl);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="groot.ics"');
    const ics = await res.text();
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.match(ics, /\r\nUID:groot@som-test\r\n/);
    assert.match(ics, /\r\nDTSTART;TZID=Europe\/Brussels:\d{8}T\d{6}\r\n/);
    assert.match(ics, /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Brussels\r\n/);
    assert.match(
      ics,
      /\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Open SOM-raad\r\nTRIGGER:-P1D\r\nEND:VALARM\r\n/,
    );
    await fetch(reg.cancelUrl, { method: 'DELETE' });
    assert.equal((await fetch(reg.icsUrl)).status, 410);
    assert.equal((await fetch(`${base}/api/registrations/onbekend/calendar.ics`)).status, 404);
  });

  test('200 concurrent sign-ups for 50 seats: exactly 50 confirmed and 150 on the waiting list', async () => {
    const fresh = await startTestServer();
    try {
      const { statuses, confirmed, waiting } = await signupsAtOnce([fresh.url], 200);
      assert.deepEqual(statuses, [201]);
      assert.equal(confirmed.length, 50);
      assert.equal(waiting.length, 150);
      assert.deepEqual(
        waiting.map((a) => a.body.position).sort((a, b) => a - b),
        Array.from({ length: 150 }, (_, i) => i + 1),
      );
      const state = await (await fetch(`${fresh.url}/api/events/groot/registrations`)).json();
      assert.deepEqual([state.state, state.confirmed, state.waitlisted, state.remaining], ['waitlist', 50, 150, 0]);
    } finally {
      await fresh.close();
    }
  });
});

describe('logs', () => {
  test('one line per request, with no names, e-mail addresses or tokens', async () => {
    const reg = await (
      await register(base, 'groot', signup({ name: 'Geheime Naam', email: 'geheim@example.org' }))
    ).json();
    await fetch(reg.cancelUrl);
    await fetch(reg.icsUrl);
    const token = reg.cancelUrl.split('/').pop();
    const text = server.logs.join('\n');
    assert.doesNotMatch(text, /Geheime|geheim@|@example\.org/);
    assert.ok(!text.includes(token));
    const lines = server.logs.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    const seen = (/** @type {string} */ route) =>
      lines.some((l) => l.method === 'GET' && l.route === route && l.status === 200 && typeof l.ms === 'number');
    assert.ok(seen('/api/registrations/:token'), text);
    assert.ok(seen('/api/registrations/:token/calendar.ics'), text);
  });
});
