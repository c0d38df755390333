// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { toCsv } from '../src/registrations.js';
import { ADMIN_TOKEN, register, signup, startTestServer } from '../test-support/index.js';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** @param {string} event @param {string} [token] */
const csv = (event, token) =>
  fetch(
    `${server.url}/api/events/${event}/registrations.csv`,
    token ? { headers: { Authorization: `Bearer ${token}` } } : {},
  );

test('401 without or with a wrong token, with WWW-Authenticate', async () => {
  for (const res of [await csv('vragen'), await csv('vragen', 'wrong')]) {
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  }
});

test('the export: RFC 4180 with ";", CRLF, every cell quoted, labels, formulas defused, numbers and phones kept', async () => {
  const answers = {
    organisatie: '=HYPERLINK("http://evil")',
    rol: 'directie',
    foto: true,
    vraag: 'Regel 1\r\nRegel 2, met "aanhalingstekens"',
    aantal: -3,
    telefoon: '+32 16 12 34 56',
  };
  assert.equal(
    (await register(server.url, 'vragen', signup({ name: '@Piet', email: 'piet@example.org', answers }))).status,
    201,
  );
  assert.equal(
    (
      await register(
        server.url,
        'vragen',
        signup({ name: '+Els', email: 'els@example.org', answers: { organisatie: '-Min', rol: 'leraar', foto: true } }),
      )
    ).status,
    201,
  );
  const res = await csv('vragen', ADMIN_TOKEN);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="vragen-inschrijvingen.csv"');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark');
  const text = new TextDecoder().decode(bytes); // (drops the mark)
  assert.ok(text.endsWith('\r\n'));
  const lines = text.split('\r\n');
  assert.equal(
    lines[0],
    '"Ingeschreven op";"Status";"Plaats";"Naam";"E-mail";"Taal van de mails";"doorgeschoven van de wachtlijst";"Aanwezig";"Organisatie";"Werkmail";"Telefoon";"Je vraag";"Rol";"Foto mag";"Aantal personen"',
  );
  assert.match(
    text,
    /"ingeschreven";"";"'@Piet";"piet@example\.org";"nl";"";"";"'=HYPERLINK\(""http:\/\/evil""\)";"";"\+32 16 12 34 56";"Regel 1\r\nRegel 2, met ""aanhalingstekens""";"Directie";"ja";"-3"\r\n/,
  );
  assert.match(text, /"'\+Els";"els@example\.org";"nl";"";"";"'-Min";/);
});

test('toCsv prefixes every dangerous first character, and leaves plain numbers and phone numbers alone', () => {
  assert.equal(
    toCsv([['=1', '+1a', '-1-1', '@a', '\ta', '\ra', 'a=b', '', null, '=1+1', '-A1', '+cmd|x']]),
    `"'=1";"'+1a";"'-1-1";"'@a";"'\ta";"'\ra";"a=b";"";"";"'=1+1";"'-A1";"'+cmd|x"\r\n`,
  );
  assert.equal(
    toCsv([['-5', '+12.5', '3,5', '+32 475 12 34 56', '+32 (0)16 12.34.56', '-0,25']]),
    `"-5";"+12.5";"3,5";"+32 475 12 34 56";"+32 (0)16 12.34.56";"-0,25"\r\n`,
  );
});

test('404 for an unknown event', async () => {
  assert.equal((await csv('bestaat-niet', ADMIN_TOKEN)).status, 404);
});

test('no ADMIN_TOKEN: no export at all', async () => {
  const other = await startTestServer({ env: { ADMIN_TOKEN: '' } });
  try {
    const res = await fetch(`${other.url}/api/events/vragen/registrations.csv`, {
      headers: { Authorization: 'Bearer ' },
    });
    assert.equal(res.status, 404);
  } finally {
    await other.close();
  }
});
