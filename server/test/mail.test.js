// @ts-check
// What people receive by mail: confirmation, waiting list, promotion, "send my link again", reminder and
// changes, sent to a real SMTP server (smtp-server) and read back with mailparser; calendar files parsed with ical.js.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { formatWhen, intlDays } from 'som-widgets/feed';
import { at, fixtureFeed, register, signup, startTestServer, tempDir } from '../test-support/index.js';
import { FAST, quiet, startSmtp } from '../test-support/smtp.js';

const HOUR = 3_600_000;
const FROM = 'SOM Leuven <inschrijvingen@som.example>';

/** @param {import('../test-support/smtp.js').Received} mail */
function calendarOf(mail) {
  const file = mail.attachments.find((a) => a.contentType === 'text/calendar');
  assert.ok(file, 'a calendar file is attached');
  const text = file.content.toString('utf8');
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  assert.ok(vevent);
  return { file, text, vevent };
}

/** The link in a mail's text that leads to this server's registration page. @param {string} text */
const cancelLinkIn = (text) => /https?:\/\/\S+\/api\/registrations\/[A-Za-z0-9_-]{43}\?cancel=1/.exec(text)?.[0];

/** The event as the server serves it: fixtureFeed() moves with the clock, so a second copy may be a minute apart.
 * @param {{ url: string }} server @param {string} name */
const eventOf = async (server, name) =>
  /** @type {any} */ (
    (await (await fetch(`${server.url}/feed.json`)).json()).events.find((/** @type {any} */ e) => e.id === name)
  );

describe('confirmation', () => {
  test("right after a 201: in the person's language, plain text and HTML, calendar file, a cancel link that works", async () => {
    const smtp = await startSmtp();
    const server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM }, mail: FAST });
    try {
      const res = await register(
        server.url,
        'groot',
        signup({ name: 'An Peeters', email: 'an.peeters@school.example' }),
      );
      assert.equal(res.status, 201);
      const reg = await res.json();
      const [mail] = await smtp.waitFor(1);
      assert.ok(mail);
      assert.equal(mail.from?.text, FROM.replace(/^(.*) </, '"$1" <'));
      assert.deepEqual(mail.envelopeTo, ['an.peeters@school.example']);
      assert.equal(mail.subject, 'Ingeschreven: Open SOM-raad');
      assert.equal(mail.headers.get('auto-submitted'), 'auto-generated');
      assert.match(mail.messageId ?? '', /^<[0-9a-f]{32}\.confirmation@127\.0\.0\.1>$/);

      // The date and time in Brussels, as the widgets write it in Dutch.
      const event = await eventOf(server, 'groot');
      const when = formatWhen(event, intlDays('nl'), 'Europe/Brussels', { to: 'tot', allDay: 'hele dag' }).label;
      const text = mail.text ?? '';
      assert.match(text, /^Dag An Peeters,/);
      assert.ok(text.includes('Je bent ingeschreven voor Open SOM-raad.'), text);
      assert.ok(text.includes(`Wanneer: ${when}`), text);
      assert.ok(text.includes('Waar: HAL 5, Gineste Dumortierstraat 5, 3010 Leuven'), text);

      const html = String(mail.html);
      assert.match(html, /<html lang="nl">/);
      assert.match(html, /<h1[^>]*>Open SOM-raad<\/h1>/);
      assert.doesNotMatch(html, /<img|<script|src=/i, 'no remote images, no script');
      assert.ok(html.includes(when));

      const { file, vevent } = calendarOf(mail);
      assert.equal(file.filename, 'groot.ics');
      assert.equal(vevent.getFirstPropertyValue('uid'), 'groot@som-test');
      assert.equal(vevent.getFirstPropertyValue('status'), 'CONFIRMED');
      assert.equal(vevent.getFirstPropertyValue('summary'), 'Open SOM-raad');
      const start = /** @type {any} */ (vevent.getFirstPropertyValue('dtstart'));
      assert.equal(start.timezone ?? vevent.getFirstProperty('dtstart')?.getParameter('tzid'), 'Europe/Brussels');
      assert.ok(vevent.getFirstSubcomponent('valarm'), 'a confirmed seat has a reminder');
      assert.ok(String(vevent.getFirstPropertyValue('description')).includes(reg.cancelUrl));

      // The link in the mail is the registration's own: it leads to the confirm step, and cancelling works.
      const link = cancelLinkIn(text);
      assert.equal(link, `${reg.cancelUrl}?cancel=1`);
      assert.ok(html.includes(`href="${link}"`));
      const page = await fetch(/** @type {string} */ (link), { headers: { Accept: 'text/html' } });
      assert.equal(page.status, 200);
      const cancelled = await fetch(reg.cancelUrl, { method: 'DELETE' });
      assert.equal((await cancelled.json()).status, 'cancelled');

      assert.doesNotMatch(server.logs.join('\n'), /an\.peeters|Peeters/, 'no address or name in the logs');
    } finally {
      await server.close();
      await smtp.close();
    }
  });

  test('a waiting-list place in French: the position, a tentative calendar file without reminder', async () => {
    const smtp = await startSmtp();
    const server = await startTestServer({ env: { SMTP_URL: smtp.url }, mail: FAST });
    try {
      for (let i = 0; i < 2; i++) assert.equal((await register(server.url, 'klein', signup())).status, 201);
      const res = await register(server.url, 'klein', signup({ name: 'Chloé Dubois', language: 'fr' }));
      assert.deepEqual([(await res.json()).status], ['waitlisted']);
      const mails = await smtp.waitFor(3);
      const mail = mails.find((m) => m.subject?.startsWith('Sur la liste'));
      assert.ok(mail, mails.map((m) => m.subject).join(', '));
      assert.equal(mail.subject, 'Sur la liste d’attente : Labo in kleine groep');
      assert.match(mail.text ?? '', /^Bonjour Chloé Dubois,/);
      assert.ok((mail.text ?? '').includes('en position 1'));
      assert.match(String(mail.html), /<html lang="fr">/);
      const { vevent } = calendarOf(mail);
      assert.equal(vevent.getFirstPropertyValue('status'), 'TENTATIVE');
      assert.equal(vevent.getFirstSubcomponent('valarm'), null);
    } finally {
      await server.close();
      await smtp.close();
    }
  });
});

describe('promotion', () => {
  test('a cancelled seat: the first person waiting gets "Je hebt een plaats" with a confirmed calendar file', async () => {
    const smtp = await startSmtp();
    const server = await startTestServer({ env: { SMTP_URL: smtp.url }, mail: FAST });
    try {
      const first = await (await register(server.url, 'klein', signup())).json();
      await register(server.url, 'klein', signup());
      const waiting = await (
        await register(server.url, 'klein', signup({ name: 'Wout Wachter', email: 'wout@school.example' }))
      ).json();
      assert.equal(waiting.status, 'waitlisted');
      await smtp.waitFor(3);
      assert.equal((await fetch(first.cancelUrl, { method: 'DELETE' })).status, 200);
      const mails = await smtp.waitFor(4);
      const mail = mails[3];
      assert.ok(mail);
      assert.deepEqual(mail.envelopeTo, ['wout@school.example']);
      assert.equal(mail.subject, 'Je hebt een plaats: Labo in kleine groep');
      assert.ok((mail.text ?? '').includes('je bent nu ingeschreven voor Labo in kleine groep'));
      assert.equal(cancelLinkIn(mail.text ?? ''), `${waiting.cancelUrl}?cancel=1`);
      const { vevent } = calendarOf(mail);
      assert.equal(vevent.getFirstPropertyValue('status'), 'CONFIRMED');
      assert.ok(vevent.getFirstSubcomponent('valarm'));
      // Nobody else was mailed, and the person who cancelled gets nothing more.
      await quiet(200);
      assert.equal(smtp.received.length, 4);
    } finally {
      await server.close();
      await smtp.close();
    }
  });
});

describe('send my link again', () => {
  test('the same address again: 200 as before plus resent: true, and the confirmation again to the address on file, once per window', async () => {
    const smtp = await startSmtp();
    const server = await startTestServer({ env: { SMTP_URL: smtp.url }, mail: FAST });
    try {
      const reg = await (await register(server.url, 'groot', signup({ email: 'Lies@School.example' }))).json();
      await smtp.waitFor(1);
      const again = await register(server.url, 'groot', signup({ email: '  lies@school.EXAMPLE ' }));
      assert.equal(again.status, 200);
      // Nothing more than before for someone who does not own the address: no links, only that a mail went out.
      assert.deepEqual(await again.json(), {
        id: reg.id,
        eventId: 'groot',
        status: 'confirmed',
        position: null,
        duplicate: true,
        resent: true,
      });
      const [, mail] = await smtp.waitFor(2);
      assert.ok(mail);
      // To the address as registered, not as typed now (the domain's case is the SMTP server's business).
      assert.match(mail.envelopeTo[0] ?? '', /^Lies@school\.example$/i);
      assert.match(mail.envelopeTo[0] ?? '', /^Lies@/);
      assert.equal(mail.subject, 'Ingeschreven: Open SOM-raad');
      assert.ok((mail.text ?? '').includes('Je vroeg je bevestiging opnieuw.'));
      assert.equal(cancelLinkIn(mail.text ?? ''), `${reg.cancelUrl}?cancel=1`);
      calendarOf(mail);

      // Asking again at once answers the same, but does not fill the mailbox.
      const third = await register(server.url, 'groot', signup({ email: 'lies@school.example' }));
      assert.equal((await third.json()).resent, true);
      await quiet(300);
      assert.equal(smtp.received.length, 2);
    } finally {
      await server.close();
      await smtp.close();
    }
  });
});

describe('reminder', () => {
  /** Two events soon: one in three days, one that will have begun when the server comes back. */
  function soonFeed() {
    const feed = fixtureFeed();
    const form = {
      type: 'form',
      endpoint: 'https://elsewhere.example/x',
      privacyUrl: 'https://som.example/privacy',
      capacity: 1,
      waitlist: true,
    };
    feed.events.push(
      /** @type {any} */ ({
        id: 'bijna',
        title: 'Labo schoolbrug',
        start: at(3),
        end: at(3.1),
        location: { name: 'De Wijnpers', address: 'Wijnpersstraat 1, 3000 Leuven' },
        registration: form,
      }),
      /** @type {any} */ ({ id: 'vroeg', title: 'Ochtendsessie', start: at(1.5), end: at(1.6), registration: form }),
    );
    return feed;
  }

  test('due while the server was down: sent at the next start, only to confirmed people, once; not once the event has begun', async () => {
    const dir = tempDir();
    const feed = soonFeed();
    const first = await startTestServer({ dir, feed }); // no SMTP: the confirmations are kept
    const confirmed = await (
      await register(first.url, 'bijna', signup({ name: 'Bert Bevestigd', email: 'bert@school.example' }))
    ).json();
    const waiting = await (await register(first.url, 'bijna', signup())).json();
    await register(first.url, 'vroeg', signup({ email: 'vroeg@school.example' }));
    assert.deepEqual([confirmed.status, waiting.status], ['confirmed', 'waitlisted']);
    await first.close();

    const smtp = await startSmtp();
    // 1.7 days on: "bijna" starts in 31 hours (its reminder came due 17 hours ago), "vroeg" began 5 hours ago.
    const later = Date.now() + 1.7 * 24 * HOUR;
    const started = Date.now();
    const second = await startTestServer({
      dir,
      feed,
      env: { SMTP_URL: smtp.url },
      now: () => new Date(later + (Date.now() - started)),
      mail: FAST,
    });
    try {
      await quiet(500);
      const reminders = smtp.received.filter((m) => m.subject?.startsWith('Herinnering'));
      assert.equal(reminders.length, 1, smtp.received.map((m) => `${m.subject} → ${m.envelopeTo}`).join('\n'));
      const mail = /** @type {import('../test-support/smtp.js').Received} */ (reminders[0]);
      assert.deepEqual(mail.envelopeTo, ['bert@school.example']);
      assert.match(mail.subject ?? '', /^Herinnering: Labo schoolbrug, \S+dag \d{1,2} \S+$/);
      const text = mail.text ?? '';
      // (The first server listened on another port: the link is this server's, the token the registration's.)
      const path = new URL(confirmed.cancelUrl).pathname;
      assert.ok(
        text.includes(`Kan je toch niet? Geef je plaats vrij:\n${second.url}${path}?cancel=reminder\nEén bevestiging`),
        text,
      );
      assert.ok(text.indexOf('Geef je plaats vrij') < text.indexOf('agendabestand'), 'the link comes before the rest');
      assert.ok(
        text.includes('https://www.openstreetmap.org/search?query=Wijnpersstraat%201%2C%203000%20Leuven'),
        'the route',
      );
      const html = String(mail.html);
      assert.ok(html.includes(`<a href="${second.url}${path}?cancel=reminder"`), html);
      assert.match(html, />Kan je toch niet\? Geef je plaats vrij<\/a>/);
      // Confirmations kept while SMTP was not set go out too, except for the event that has begun.
      assert.equal(smtp.received.filter((m) => m.subject?.startsWith('Ingeschreven: Ochtendsessie')).length, 0);
    } finally {
      await second.close();
    }

    const third = await startTestServer({
      dir,
      feed,
      env: { SMTP_URL: smtp.url },
      now: () => new Date(later + HOUR),
      mail: FAST,
    });
    try {
      await quiet(400);
      assert.equal(smtp.received.filter((m) => m.subject?.startsWith('Herinnering')).length, 1, 'not sent twice');
    } finally {
      await third.close();
      await smtp.close();
    }
  });
});

describe('changes', () => {
  test('a moved, relocated or cancelled event: a short mail to everyone registered, a calendar file with a higher SEQUENCE; once', async () => {
    const dir = tempDir();
    const feed = fixtureFeed();
    const smtp = await startSmtp();
    const first = await startTestServer({ dir, feed, env: { SMTP_URL: smtp.url }, mail: FAST });
    await register(first.url, 'groot', signup({ email: 'groot.een@school.example' }));
    await register(first.url, 'groot', signup({ email: 'groot.twee@school.example', language: 'en' }));
    await register(first.url, 'klein', signup({ email: 'klein@school.example' }));
    await smtp.waitFor(3);
    await first.close();

    const changed = structuredClone(/** @type {any} */ (feed));
    const groot = changed.events.find((/** @type {any} */ e) => e.id === 'groot');
    const oldWhen = formatWhen(groot, intlDays('nl'), 'Europe/Brussels', { to: 'tot', allDay: 'hele dag' }).label;
    groot.start = at(21);
    groot.end = at(21.1);
    groot.location = { name: 'Provinciehuis', address: 'Provincieplein 1, 3010 Leuven' };
    const klein = changed.events.find((/** @type {any} */ e) => e.id === 'klein');
    klein.status = 'cancelled';
    klein.statusReason = 'Geannuleerd wegens ziekte van de spreker.';
    changed.events.find((/** @type {any} */ e) => e.id === 'vragen').title = 'Forum met vragen (nieuwe titel)'; // no mail for that

    const second = await startTestServer({ dir, feed: changed, env: { SMTP_URL: smtp.url }, mail: FAST });
    try {
      const mails = (await smtp.waitFor(6)).slice(3);
      const by = (/** @type {string} */ to) =>
        /** @type {import('../test-support/smtp.js').Received} */ (mails.find((m) => m.envelopeTo[0] === to));

      const nl = by('groot.een@school.example');
      assert.equal(nl.subject, 'Gewijzigd: Open SOM-raad');
      const newWhen = formatWhen(groot, intlDays('nl'), 'Europe/Brussels', { to: 'tot', allDay: 'hele dag' }).label;
      assert.ok((nl.text ?? '').includes(`- Nieuw tijdstip: ${newWhen} (was: ${oldWhen})`), nl.text);
      assert.ok(
        (nl.text ?? '').includes(
          '- Nieuwe plaats: Provinciehuis, Provincieplein 1, 3010 Leuven (was: HAL 5, Gineste Dumortierstraat 5, 3010 Leuven)',
        ),
        nl.text,
      );
      const { vevent } = calendarOf(nl);
      assert.equal(vevent.getFirstPropertyValue('sequence'), 1);
      assert.equal(vevent.getFirstPropertyValue('location'), 'Provinciehuis, Provincieplein 1, 3010 Leuven');

      assert.equal(by('groot.twee@school.example').subject, 'Changed: Open SOM council');

      const off = by('klein@school.example');
      assert.equal(off.subject, 'Geannuleerd: Labo in kleine groep');
      assert.ok((off.text ?? '').includes('- De activiteit is geannuleerd.'));
      assert.ok((off.text ?? '').includes('Geannuleerd wegens ziekte van de spreker.'));
      const cal = calendarOf(off).vevent;
      assert.equal(cal.getFirstPropertyValue('status'), 'CANCELLED');
      assert.equal(cal.getFirstPropertyValue('sequence'), 1);
      assert.ok(
        second.logs.some((l) => /change mails queued for 2 changed event/.test(l)),
        second.logs.join('\n'),
      );
    } finally {
      await second.close();
    }

    // The same feed again: nothing new to tell.
    const third = await startTestServer({ dir, feed: changed, env: { SMTP_URL: smtp.url }, mail: FAST });
    try {
      await quiet(400);
      assert.equal(smtp.received.length, 6);
      // The registration's calendar file on the server says the same version as the mail.
      const rows = await third.storage.eventVersions();
      assert.equal(rows.find((v) => v.eventId === 'groot')?.sequence, 1);
    } finally {
      await third.close();
      await smtp.close();
    }
  });
});

describe("the demo's page of mails", () => {
  test('without SMTP_URL and with DEMO on, the kept mails are shown (HTML and text); never otherwise', async () => {
    const demo = await startTestServer({ env: { DEMO: '1' } });
    try {
      const body = signup({ name: 'Demo Persoon' });
      assert.equal((await register(demo.url, 'groot', body)).status, 201);
      // The demo shows its mails, so a duplicate says the confirmation went out again.
      assert.equal((await (await register(demo.url, 'groot', body)).json()).resent, true);
      const page = await fetch(`${demo.url}/demo/mails`);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Ingeschreven: Open SOM-raad/);
      assert.match(html, /Dag Demo Persoon,/);
      assert.match(page.headers.get('content-security-policy') ?? '', /frame-src 'self'/);
      const id = /\/demo\/mails\/(\d+)/.exec(html)?.[1];
      const mail = await fetch(`${demo.url}/demo/mails/${id}`);
      assert.equal(mail.status, 200);
      assert.match(mail.headers.get('content-security-policy') ?? '', /sandbox/);
      assert.match(await mail.text(), /<h1[^>]*>Open SOM-raad<\/h1>/);
    } finally {
      await demo.close();
    }
    const smtp = await startSmtp();
    for (const env of [{}, { DEMO: '1', SMTP_URL: smtp.url }]) {
      const server = await startTestServer({ env });
      try {
        assert.equal((await fetch(`${server.url}/demo/mails`)).status, 404, JSON.stringify(env));
      } finally {
        await server.close();
      }
    }
    await smtp.close();
  });
});
