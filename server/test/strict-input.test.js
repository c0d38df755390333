// @ts-check
/** Finding 9 and the server's languages: strict media types and numbers, what a cancel keeps, answers in nl/fr/de/en. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { register, serverForFile, signup } from '../test-support/index.js';

/** @type {import('../test-support/index.js').TestServer} */
let server;
/** @type {string} */
let base;
serverForFile((s) => ((server = s), (base = s.url)));

/** A valid answer set for the event `vragen`, with `aantal` as given. @param {unknown} aantal */
const vragen = (aantal) => signup({ answers: { organisatie: 'GO!', rol: 'leraar', foto: true, aantal } });

describe('media types (finding 9)', () => {
  test('a sign-up or a self-check sent as anything but application/json gets 415', async () => {
    for (const type of [
      'application/json-patch+json',
      'application/jsonx',
      'text/plain',
      'application/x-www-form-urlencoded',
    ]) {
      const res = await register(base, 'groot', signup(), { 'Content-Type': type });
      assert.equal(res.status, 415, type);
      assert.equal((await res.json()).type, 'https://som-widgets.example/problems/unsupported-media-type');
      const check = await fetch(`${base}/api/self-checks`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: JSON.stringify({ instrumentId: 'partnerscan', overall: 3, level: 'x', dimensions: {} }),
      });
      assert.equal(check.status, 415, `self-check ${type}`);
    }
  });

  test('application/json with parameters or in capitals is JSON', async () => {
    assert.equal(
      (await register(base, 'groot', signup(), { 'Content-Type': 'Application/JSON; charset=utf-8' })).status,
      201,
    );
  });
});

describe('numbers (finding 9)', () => {
  test('"0x10", "1e3", "Infinity", "" and the like are not numbers; plain decimals are', async () => {
    for (const bad of ['0x10', '1e3', 'Infinity', '12abc', '0b11', '1_000', '.']) {
      const res = await register(base, 'vragen', vragen(bad));
      assert.equal(res.status, 422, bad);
      const { errors } = await res.json();
      assert.deepEqual(
        errors.map((/** @type {{ field: string }} */ e) => e.field),
        ['answers.aantal'],
        bad,
      );
    }
    for (const [good, value] of /** @type {const} */ ([
      [16, 16],
      ['16', 16],
      ['-3', -3],
      ['2,5', 2.5],
      [' 7 ', 7],
    ])) {
      const res = await register(base, 'vragen', vragen(good));
      assert.equal(res.status, 201, String(good));
      assert.equal(typeof value, 'number');
    }
  });
});

describe('what a cancelled registration keeps (finding 9, server/README.md "Personal data")', () => {
  test('no name, address or answers: only the columns the README lists', async (t) => {
    if (server.config.databaseUrl) return t.skip('reads the SQLite file; the PostgreSQL suite shares the storage code');
    const reg = await (
      await register(base, 'vragen', signup({ answers: { organisatie: 'Geheim', rol: 'leraar', foto: true } }))
    ).json();
    assert.equal((await fetch(reg.cancelUrl, { method: 'DELETE' })).status, 200);
    const db = new Database(path.join(server.dir, 'data/som.db'), { readonly: true });
    try {
      const row = db.prepare('SELECT * FROM registrations WHERE id = ?').get(reg.id);
      const kept = Object.entries(/** @type {Record<string, unknown>} */ (row))
        .filter(([, v]) => v !== null)
        .map(([k]) => k)
        .sort();
      const documented = [
        'seq',
        'id',
        'event_id',
        'status',
        'cancelled_by',
        'created_at',
        'promoted_at',
        'present_at',
        'updated_at',
        'language',
        'token_hash',
      ];
      assert.deepEqual(
        kept.filter((k) => !documented.includes(k)),
        [],
        `kept beyond the README: ${kept.join(', ')}`,
      );
      assert.equal(/** @type {any} */ (row).status, 'cancelled');
    } finally {
      db.close();
    }
  });
});

describe('languages', () => {
  test('a language:"fr" sign-up is answered in French, "de" in German, "nl" in Dutch', async () => {
    for (const [language, nameMessage, title] of [
      ['fr', 'Indiquez votre nom.', 'Inscription incomplète'],
      ['de', 'Geben Sie Ihren Namen ein.', 'Anmeldung unvollständig'],
      ['nl', 'Vul je naam in.', 'Inschrijving onvolledig'],
      ['en', 'Enter your name.', 'Invalid sign-up'],
    ]) {
      const res = await register(base, 'groot', signup({ name: '', language }));
      assert.equal(res.status, 422);
      assert.equal(res.headers.get('content-language'), language);
      const body = await res.json();
      assert.equal(body.title, title, language);
      assert.equal(body.errors[0].message, nameMessage, language);
    }
    const full = await register(base, 'zonder-wachtlijst', signup({ language: 'fr-BE' }));
    assert.equal(full.status, 201);
    const refused = await (await register(base, 'zonder-wachtlijst', signup({ language: 'fr-BE' }))).json();
    assert.equal(refused.detail, 'Il n’y a plus de places et pas de liste d’attente.');
    const closed = await (await register(base, 'gesloten', signup({ language: 'de' }))).json();
    assert.equal(closed.title, 'Anmeldung geschlossen');
  });

  test('without a sign-up, Accept-Language chooses; English by default', async () => {
    const fr = await fetch(`${base}/api/events/bestaat-niet/registrations`, {
      headers: { 'Accept-Language': 'fr-BE,fr;q=0.9' },
    });
    assert.equal((await fr.json()).detail, 'Il n’y a pas de formulaire d’inscription pour cette activité.');
    assert.match(fr.headers.get('vary') ?? '', /Accept-Language/);
    const nl = await fetch(`${base}/nergens`, { headers: { 'Accept-Language': 'nl' } });
    assert.equal((await nl.json()).title, 'Niet gevonden');
    const none = await fetch(`${base}/nergens`);
    assert.equal((await none.json()).title, 'Not found');
    assert.equal(none.headers.get('content-language'), 'en');
  });
});
