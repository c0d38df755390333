// @ts-check
/**
 * One outbox row as a mail: plain text and simple accessible HTML (no remote images, no tracking), in the
 * language the person signed up in, dates in the network's zone, the registration's calendar file attached.
 * Rendered when it is sent, from the registration and the event as they are then, so a mail never says
 * something that stopped being true while it waited.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { eventToIcs, icsFileName } from 'som-widgets/feed/ics';
import { registrationWords } from 'som-widgets/feed/ics-words';
import { dateFormat, endInstant, formatWhen, intlDays, resolveText, toDate } from 'som-widgets/feed';
import { escapeHtml } from './html.js';
import { mailWords } from './mail-texts.js';

/** @typedef {import('./db.js').MailJob} MailJob */
/** @typedef {import('som-widgets/feed').Feed} Feed */
/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */
/** @typedef {import('./mail-texts.js').MailWords} MailWords */

/**
 * Cancel tokens derived from the registration's id with a server key (HMAC-SHA256, 256 bits): a mail sent
 * weeks later can carry the link, while the database still stores only the token's hash.
 * @param {string} secret
 */
export function cancelTokens(secret) {
  return {
    /** @param {string} registrationId */
    forRegistration: (registrationId) =>
      createHmac('sha256', secret).update(`cancel:${registrationId}`).digest('base64url'),
    /** Whether this token is the one stored (a registration made before tokens were derived has a random one). @param {string} token @param {string} tokenHash */
    matches: (token, tokenHash) => {
      const a = Buffer.from(createHash('sha256').update(token).digest('hex'));
      const b = Buffer.from(tokenHash);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}
/** @typedef {ReturnType<typeof cancelTokens>} CancelTokens */

/** `{name}` slots; values as they are (the HTML part escapes the whole line). @param {string} s @param {Record<string, string | number>} v */
const fill = (s, v) => s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? String(v[k]) : m));

/**
 * What a change mail is about, as stored with an event's version: instants normalised, so that rewriting
 * "19:00+02:00" as "17:00Z" is no change.
 * @param {FeedEvent} event
 */
export function eventSnapshot(event) {
  const instant = (/** @type {string | undefined} */ v) =>
    !v ? null : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : new Date(v).toISOString();
  return {
    status: event.status ?? 'scheduled',
    start: instant(event.start),
    end: instant(event.end),
    location: event.location ? { name: event.location.name ?? null, address: event.location.address ?? null } : null,
    online: event.online?.url ?? null,
  };
}
/** @typedef {ReturnType<typeof eventSnapshot>} Snapshot */

/**
 * What changed that people must hear about, or null. A title or description edit is not worth a mail.
 * @param {Snapshot} before @param {Snapshot} after
 * @returns {string[] | null}
 */
export function changesBetween(before, after) {
  const off = (/** @type {string} */ s) => s === 'cancelled' || s === 'postponed';
  /** @type {string[]} */
  const changes = [];
  if (after.status !== before.status && off(after.status)) changes.push(after.status);
  else if (off(before.status) && !off(after.status)) changes.push('resumed');
  if (after.start !== before.start || after.end !== before.end) changes.push('when');
  if (JSON.stringify(after.location) !== JSON.stringify(before.location)) changes.push('place');
  if (after.online !== before.online) changes.push('online');
  return changes.length ? changes : null;
}

/**
 * @typedef {object} MailContext
 * @property {Feed} feed
 * @property {Map<string, FeedEvent>} events
 * @property {string} publicUrl
 * @property {string} from
 * @property {CancelTokens} tokens
 * @property {Date} now
 *
 * @typedef {object} Rendered
 * @property {string} lang
 * @property {string} subject
 * @property {string} text
 * @property {string} html
 * @property {{ filename: string, content: string, contentType: string }} ics
 * @property {import('nodemailer').SendMailOptions} message  what nodemailer sends
 */

/**
 * @param {MailJob} job
 * @param {MailContext} m
 * @returns {{ skip: string } | Rendered}  `skip`: nothing to send any more, and why (no personal data)
 */
export function renderMail(job, m) {
  const r = job.registration;
  const event = m.events.get(job.eventId);
  const tz = m.feed.network.timeZone;
  if (r.status === 'cancelled' || !r.email) return { skip: 'registration cancelled' };
  if (!event) return { skip: 'event no longer in the feed' };
  if (endInstant(event, tz) <= m.now.getTime()) return { skip: 'event over' };
  const start = toDate(event.start, tz).getTime();
  if (job.kind === 'reminder') {
    if (start <= m.now.getTime()) return { skip: 'event has begun' };
    if (r.status !== 'confirmed') return { skip: 'not confirmed' };
    if (event.status === 'cancelled' || event.status === 'postponed') return { skip: `event ${event.status}` };
  }

  const [lang, w] = mailWords(r.language);
  const t = (/** @type {import('som-widgets/feed').Text | undefined | null} */ x) =>
    resolveText(x ?? undefined, [lang, ...m.feed.network.languages]);
  const title = t(event.title);
  const network = m.feed.network.name;
  const when = formatWhen(event, intlDays(lang), tz, w).label;
  const place = placeOf(event.location, t);
  const waiting = r.status === 'waitlisted';
  const token = m.tokens.forRegistration(r.id);
  const cancelUrl = m.tokens.matches(token, job.tokenHash) ? `${m.publicUrl}/api/registrations/${token}` : undefined;
  // The registration page's confirm step: one button there, and the seat goes to the waiting list at once.
  const cancelStep = cancelUrl && `${cancelUrl}?cancel=1`;
  const file = icsFileName(event);

  // The lines of the mail, each either text or a link; both parts are written from the same list.
  /** @typedef {{ p: string, strong?: boolean } | { facts: [string, string, string?][] } | { link: string, href: string, hint?: string, button?: boolean } | { list: string[] }} Block */
  /** @type {Block[]} */
  const blocks = [{ p: fill(w.hello, { name: r.name ?? '' }) }];
  let subject;
  const day = dateFormat(lang, { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(start),
  );
  // The organiser's message to everyone (organiser.js): stored as a 'change' row whose payload holds the text.
  /** @type {{ subject: string, body: string } | undefined} */
  const message = job.kind === 'change' ? job.payload?.message : undefined;
  if (message) {
    subject = `${message.subject} – ${title}`;
    for (const para of message.body.split(/\n\s*\n/)) if (para.trim()) blocks.push({ p: para.trim() });
  } else if (job.kind === 'change') {
    const changes = /** @type {string[]} */ (job.payload?.changes ?? []);
    const before = /** @type {Snapshot | undefined} */ (job.payload?.before);
    subject = fill(
      changes.includes('cancelled')
        ? w.cancelledSubject
        : changes.includes('postponed')
          ? w.postponedSubject
          : w.changedSubject,
      { title },
    );
    blocks.push({ p: fill(w.changed, { title }) });
    /** @type {string[]} */
    const lines = [];
    if (changes.includes('cancelled')) lines.push(w.nowCancelled);
    if (changes.includes('postponed')) lines.push(w.nowPostponed);
    if (changes.includes('resumed')) lines.push(w.resumed);
    const was = (/** @type {string} */ old) => (old ? ` ${fill(w.was, { old })}` : '');
    if (changes.includes('when')) {
      const old = before?.start
        ? formatWhen({ start: before.start, ...(before.end ? { end: before.end } : {}) }, intlDays(lang), tz, w).label
        : '';
      lines.push(fill(w.newWhen, { new: when }) + was(old));
    }
    if (changes.includes('place'))
      lines.push(fill(w.newPlace, { new: place || w.online }) + was(placeOf(before?.location, t)));
    if (changes.includes('online') && event.online?.url) lines.push(fill(w.newOnline, { new: event.online.url }));
    blocks.push({ list: lines });
    const reason = event.status === 'cancelled' || event.status === 'postponed' ? t(event.statusReason) : '';
    if (reason) blocks.push({ p: reason });
  } else if (job.kind === 'reminder') {
    subject = fill(w.reminderSubject, { title, day });
    blocks.push({ p: fill(w.reminder, { title }) });
  } else if (job.kind === 'promotion') {
    subject = fill(w.promotedSubject, { title });
    blocks.push({ p: fill(w.promoted, { title }), strong: true });
  } else {
    subject = fill(waiting ? w.waitlistedSubject : w.confirmedSubject, { title });
    if (job.kind === 'resend') blocks.push({ p: w.resent });
    blocks.push({
      p: waiting ? fill(w.waitlisted, { title, n: r.position ?? '' }) : fill(w.confirmed, { title }),
      strong: true,
    });
  }

  /** @type {[string, string, string?][]} */
  const facts = [[w.when, when]];
  if (place) facts.push([w.where, place]);
  if (event.online?.url) facts.push([w.online, event.online.url, event.online.url]);
  blocks.push({ facts });
  const address = event.location?.address;
  if (address && (job.kind === 'reminder' || job.kind === 'change' || job.kind === 'promotion')) {
    blocks.push({ link: w.route, href: `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` });
  }
  // The reminder's one prominent link, before anything else: the seat goes to the waiting list in one step.
  // `cancel=reminder`: the confirm page tells the server so, which counts seats released through the reminder.
  if (job.kind === 'reminder' && cancelUrl)
    blocks.push({ link: w.giveUp, href: `${cancelUrl}?cancel=reminder`, hint: w.giveUpHint, button: true });
  if (event.url) blocks.push({ link: w.more, href: event.url });
  if (event.status !== 'cancelled') {
    blocks.push({ p: fill(job.kind === 'change' && !message ? w.icsChanged : waiting ? w.icsWait : w.ics, { file }) });
    if (!cancelStep) blocks.push({ p: w.oldLink });
    else if (job.kind !== 'reminder') blocks.push({ p: w.cancelHint }, { link: w.cancel, href: cancelStep });
  }

  const footer = fill(w.footer, { network });
  const text =
    [
      ...blocks.map((b) => {
        if ('p' in b) return b.p;
        if ('list' in b) return b.list.map((l) => `- ${l}`).join('\n');
        if ('facts' in b) return b.facts.map(([k, v]) => `${k}: ${v}`).join('\n');
        return [`${b.link}:\n${b.href}`, b.hint].filter(Boolean).join('\n');
      }),
      '--',
      footer,
    ].join('\n\n') + '\n';

  const P = 'margin:0 0 1em';
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#1b1b1b">
<div style="max-width:36em;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<h1 style="font-size:22px;line-height:1.3;${P}">${escapeHtml(title)}</h1>
${blocks
  .map((b) => {
    if ('p' in b) return `<p style="${P}">${b.strong ? `<strong>${escapeHtml(b.p)}</strong>` : escapeHtml(b.p)}</p>`;
    if ('list' in b) return `<ul style="${P}">${b.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
    if ('facts' in b) {
      return `<p style="${P}">${b.facts.map(([k, v, href]) => `<strong>${escapeHtml(k)}:</strong> ${href ? `<a href="${escapeHtml(href)}" style="color:#0b5394">${escapeHtml(v)}</a>` : escapeHtml(v)}`).join('<br>\n')}</p>`;
    }
    const link = b.button
      ? `<a href="${escapeHtml(b.href)}" style="display:inline-block;padding:12px 18px;background:#a4262c;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px">${escapeHtml(b.link)}</a>`
      : `<a href="${escapeHtml(b.href)}" style="color:#0b5394">${escapeHtml(b.link)}</a>`;
    return `<p style="${b.button ? 'margin:1.5em 0 0.5em' : P}">${link}</p>${b.hint ? `\n<p style="${P}">${escapeHtml(b.hint)}</p>` : ''}`;
  })
  .join('\n')}
<hr style="border:0;border-top:1px solid #757575;margin:1.5em 0">
<p style="font-size:14px;color:#595959;${P}">${escapeHtml(footer)}</p>
</div>
</body>
</html>
`;

  // A waiting-list place is TENTATIVE without reminder; a change carries a higher SEQUENCE so calendars update.
  const content = withSequence(
    eventToIcs(event, {
      networkId: m.feed.network.id,
      lang,
      alarm: true,
      now: m.now,
      timeZone: tz,
      registration: { status: waiting ? 'waitlisted' : 'confirmed', cancelUrl, words: registrationWords(lang) },
    }),
    job.sequence,
  );
  const ics = { filename: file, content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' };
  const host = new URL(m.publicUrl).hostname || 'localhost';
  return {
    lang,
    subject,
    text,
    html,
    ics,
    message: {
      from: m.from,
      to: { name: r.name ?? '', address: r.email },
      subject,
      text,
      html,
      // The same Message-ID on every attempt: a copy sent again after a crash is recognisably the same mail.
      messageId: `<${job.messageKey}.${job.kind}@${host}>`,
      date: m.now,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'Content-Language': lang },
      attachments: [ics],
    },
  };
}

/**
 * @param {{ name?: unknown, address?: string | null } | null | undefined} location
 * @param {(x: any) => string} t
 */
function placeOf(location, t) {
  if (!location) return '';
  return [t(/** @type {any} */ (location.name)), location.address].filter(Boolean).join(', ');
}

/** SEQUENCE after the UID (ics.ts writes none: version 0). @param {string} ics @param {number} sequence */
export const withSequence = (ics, sequence) =>
  sequence > 0 ? ics.replace(/\r\nDTSTAMP:/, `\r\nSEQUENCE:${sequence}\r\nDTSTAMP:`) : ics;
