// @ts-check
/** The sign-up protocol (PROTOCOL.md): availability, registering, idempotency, cancelling, the organiser's CSV. */
import { createHash, randomUUID } from 'node:crypto';
import { availabilityState, resolveText, seatsOf } from 'som-widgets/feed';
import { csvFile, registrationTable, withSettings } from './organiser-model.js';
import { adminOnly, isJsonBody, prefersHtml, problem, route } from './http.js';
import { serverLanguage } from './problem-texts.js';
import { afterCancel, registrationPage, unknownRegistrationPage } from './registration-page.js';
import { validateSignup } from './validation.js';

/** @typedef {import('./app.js').AppContext} AppContext */
/** @typedef {import('./db.js').Registration} Registration */
/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */
/** @typedef {Extract<import('som-widgets/feed').Registration, { type: 'form' }>} FormRegistration */
/** @typedef {import('hono').Context} Context */

/** A request that started but never finished (a crash mid-way) frees its key after this long. */
const IN_FLIGHT_MS = 60_000;
/** "Send my link again" sends at most one mail per registration in this window, however often it is asked. */
const RESEND_WINDOW_MS = 15 * 60_000;
const KEY = /^[\x21-\x7e]{8,200}$/;

export const sha256 = (/** @type {string} */ s) => createHash('sha256').update(s).digest('hex');
/** What an Idempotency-Key is bound to: this event and these exact bytes. */
export const bodyHash = (/** @type {string} */ eventId, /** @type {string} */ text) => sha256(`${eventId}\n${text}`);

/**
 * The availability answer. The state comes from the widgets' own rule (src/feed/availability.ts, built into
 * dist/feed/), so the server, <som-signup> and the calendar never disagree about when sign-up is possible.
 * @param {FeedEvent} event
 * @param {FormRegistration} reg
 * @param {{ confirmed: number, waitlisted: number }} counts
 * @param {Date} now
 * @param {string} timeZone
 */
function availability(event, reg, counts, now, timeZone) {
  const seats = seatsOf(event);
  return {
    eventId: event.id,
    state: availabilityState(event, now.getTime(), timeZone, counts.confirmed),
    capacity: reg.capacity ?? null,
    ...counts,
    remaining: seats === null ? null : Math.max(0, seats - counts.confirmed),
    waitlist: reg.waitlist ?? false,
    opens: reg.opens ?? null,
    closes: reg.closes ?? null,
  };
}

/** Why a sign-up is refused, per availability state. @type {Record<string, [number, string, string, string]>} */
const REFUSALS = {
  cancelled: [410, 'cancelled', 'Event cancelled', 'This event has been cancelled.'],
  closed: [410, 'closed', 'Registration closed', 'Registration for this event is closed.'],
  'not-yet-open': [410, 'not-yet-open', 'Registration not yet open', 'Registration for this event has not opened yet.'],
  full: [409, 'full', 'Event full', 'There are no places left and there is no waiting list.'],
};

/** @param {AppContext} ctx @param {import('hono').Hono} app */
export function registrationRoutes(app, ctx) {
  // The feed is read per request (ctx.feed): a reload from sources swaps it while the server runs.
  const { storage, config } = ctx;
  const tz = () => ctx.feed.network.timeZone;
  const lang0 = () => ctx.feed.network.languages[0] ?? 'nl';

  /**
   * The event with the organiser's own capacity and early close applied (organiser.js), so every rule below
   * reads them as if the feed said so.
   * @param {string} id @returns {Promise<[FeedEvent, FormRegistration] | []>}
   */
  const formEvent = async (id) => {
    const feedEvent = ctx.events.get(id);
    if (feedEvent?.registration?.type !== 'form') return [];
    const event = withSettings(feedEvent, await storage.eventSettings(id));
    return [event, /** @type {FormRegistration} */ (event.registration)];
  };
  /** @param {Context} c */
  const noSignup = (c) => problem(c, 404, 'not-found', 'Not found', 'There is no sign-up form for this event.');
  /** @param {string} token */
  const urls = (token) => {
    const cancelUrl = `${config.publicUrl}/api/registrations/${token}`;
    return { cancelUrl, icsUrl: `${cancelUrl}/calendar.ics` };
  };
  /** Mails reach people: sent over SMTP, or shown on the demo's page of mails. */
  const mailsGoOut = ctx.mailer.sending || (config.demo && !config.smtpUrl);
  /** @param {Registration} r */
  const summary = (r) => ({ id: r.id, eventId: r.eventId, status: r.status, position: r.position });

  route(app, '/api/events/:id/registrations', {
    GET: async (c) => {
      const [event, reg] = await formEvent(c.req.param('id') ?? '');
      if (!event || !reg) return noSignup(c);
      c.header('Cache-Control', 'max-age=5');
      // retentionDays: an extension of PROTOCOL.md, so the privacy notice can say how long data is kept.
      return c.json({
        ...availability(event, reg, await storage.counts(event.id), ctx.now(), tz()),
        retentionDays: config.retentionDays,
      });
    },

    POST: async (c) => {
      const [event, reg] = await formEvent(c.req.param('id') ?? '');
      if (!event || !reg) return noSignup(c);
      if (!isJsonBody(c)) {
        return problem(
          c,
          415,
          'unsupported-media-type',
          'Unsupported media type',
          'Send the sign-up as application/json.',
        );
      }
      const key = c.req.header('Idempotency-Key')?.trim();
      if (!key || !KEY.test(key)) {
        return problem(
          c,
          400,
          'idempotency-key-missing',
          'Idempotency-Key required',
          'Send an Idempotency-Key header (a UUID made for this submission).',
        );
      }
      const text = await c.req.text();
      /** @type {unknown} */
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        /* handled below */
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return problem(c, 400, 'bad-request', 'Bad request', 'The body must be a JSON object.');
      }
      const input = /** @type {Record<string, unknown>} */ (body);
      // From here on, every answer (refusals, validation) speaks the sign-up's language.
      c.set('lang', serverLanguage(input.language));
      // The honeypot: only a bot fills the hidden field. It gets a normal-looking answer and nothing is kept.
      if (typeof input.website === 'string' && input.website.trim()) return c.json({ status: 'received' }, 202);

      const now = ctx.now();
      const claim = await storage.claimKey(
        key,
        bodyHash(event.id, text),
        new Date(now.getTime() - IN_FLIGHT_MS).toISOString(),
        now.toISOString(),
      );
      if (claim.state === 'mismatch') {
        return problem(
          c,
          422,
          'idempotency-key-reused',
          'Idempotency-Key reused',
          'This Idempotency-Key was already used for a different request.',
        );
      }
      if (claim.state === 'in-flight') {
        c.header('Retry-After', '1');
        return problem(
          c,
          409,
          'request-in-progress',
          'Request in progress',
          'The first request with this Idempotency-Key is still being handled.',
        );
      }
      if (claim.state === 'done') {
        let replayed = claim.body;
        if (claim.status === 201) {
          // Stored without its links (they are the secret): derived again from the registration's id.
          const stored = JSON.parse(claim.body);
          replayed = JSON.stringify({ ...stored, ...urls(ctx.tokens.forRegistration(stored.id)) });
        }
        return c.body(replayed, /** @type {any} */ (claim.status), {
          'Content-Type': 'application/json',
          'Idempotent-Replayed': 'true',
        });
      }
      try {
        const res = await register(c, event, reg, input, now, key);
        // Only successes are remembered: a refusal changed nothing, so a retry may simply try again.
        // A 201 was remembered by storage.register, in the registration's own transaction.
        if (res.status === 201) {
          /* stored */
        } else if (res.ok) await storage.saveKey(key, res.status, await res.clone().text());
        else await storage.releaseKey(key);
        return res;
      } catch (e) {
        await storage.releaseKey(key);
        throw e;
      }
    },
  });

  /**
   * @param {Context} c @param {FeedEvent} event @param {FormRegistration} reg
   * @param {Record<string, unknown>} input @param {Date} now @param {string} key the claimed Idempotency-Key
   */
  async function register(c, event, reg, input, now, key) {
    const { state } = availability(event, reg, await storage.counts(event.id), now, tz());
    const refusal = REFUSALS[state];
    if (refusal) return problem(c, ...refusal);
    const { errors, signup } = validateSignup(input, reg.fields ?? [], lang0());
    if (errors.length) {
      return problem(c, 422, 'validation', 'Invalid sign-up', 'Some answers need attention.', { errors });
    }
    const id = randomUUID();
    // Derived from the id with the server's key, so later mails can carry the link; only its hash is stored.
    const token = ctx.tokens.forRegistration(id);
    const result = await storage.register({
      ...signup,
      id,
      eventId: event.id,
      tokenHash: sha256(token),
      capacity: seatsOf(event),
      waitlist: reg.waitlist ?? false,
      createdAt: now.toISOString(),
      resendVersion: `resend-${Math.floor(now.getTime() / RESEND_WINDOW_MS)}`,
      idempotency: { key, replay: (r) => JSON.stringify(summary(r)) },
    });
    if (result.outcome === 'full') return problem(c, ...REFUSALS.full);
    const r = /** @type {Registration} */ (result.registration);
    ctx.mailer.wake(); // the confirmation, or the one sent again, was queued with the registration
    // A duplicate gets its status but not the links: knowing someone's e-mail must not let you cancel for them.
    // The links go by mail to the address on file instead; `resent` says so (the same for anyone who asks).
    if (result.outcome === 'duplicate')
      return c.json({ ...summary(r), duplicate: true, ...(mailsGoOut ? { resent: true } : {}) }, 200);
    return c.json({ ...summary(r), ...urls(token) }, 201);
  }

  /** @param {Context} c */
  const byToken = async (c) => storage.findByToken(sha256(c.req.param('token') ?? ''));
  /** A browser gets a page in its language; API clients a problem. @param {Context} c */
  const unknownToken = (c) =>
    prefersHtml(c.req.header('Accept'))
      ? unknownRegistrationPage(c, ctx)
      : problem(c, 404, 'not-found', 'Not found', 'There is no registration with this link.');

  route(app, '/api/registrations/:token', {
    GET: async (c) => {
      const r = await byToken(c);
      if (!r) return unknownToken(c);
      c.header('Cache-Control', 'no-store');
      c.header('Vary', 'Accept', { append: true });
      const event = ctx.events.get(r.eventId);
      const token = /** @type {string} */ (c.req.param('token'));
      if (prefersHtml(c.req.header('Accept'))) return registrationPage(c, ctx, r, token);
      return c.json({
        ...summary(r),
        event: event
          ? { title: resolveText(event.title, [r.language ?? lang0()]), start: event.start, end: event.end ?? null }
          : null,
        ...(r.status === 'cancelled' ? {} : urls(token)),
      });
    },
    DELETE: async (c) => {
      const result = await cancel(c);
      return result ? c.json(summary(result.registration)) : unknownToken(c);
    },
    // The HTML page's form (registration-page.js): cancel, then show the page again, saying what happened.
    POST: async (c) => {
      const before = await byToken(c);
      // The confirm step opened from the reminder mail says so: the report counts seats released that way.
      const form = /** @type {Record<string, unknown>} */ (await c.req.parseBody().catch(() => ({})));
      const result = await cancel(c, form.via === 'reminder' ? 'reminder' : 'person');
      return result ? afterCancel(c, c.req.param('token') ?? '', before, result) : unknownToken(c);
    },
  });

  /** @param {Context} c @param {import('./db.js').CancelledBy} [by] */
  async function cancel(c, by = 'person') {
    const tokenHash = sha256(c.req.param('token') ?? '');
    const found = await storage.findByToken(tokenHash);
    if (!found) return undefined;
    const [event, reg] = await formEvent(found.eventId);
    // Promote only within the feed's capacity; an event gone from the feed promotes nobody.
    const result = await storage.cancel(tokenHash, event && reg ? seatsOf(event) : 0, ctx.now().toISOString(), by);
    if (result?.promoted) ctx.mailer.wake(); // "Je hebt een plaats", queued with the promotion
    return result;
  }

  route(app, '/api/events/:id/registrations.csv', {
    GET: async (c) => {
      const refused = adminOnly(c, config.adminToken, 'The organiser export');
      if (refused) return refused;
      const [event, reg] = await formEvent(c.req.param('id') ?? '');
      if (!event || !reg) return noSignup(c);
      // The same table as the organiser's page gives (organiser-model.js), in ?lang= (nl, fr, en; default nl).
      const lang = /** @type {'nl' | 'fr' | 'en'} */ (
        ['fr', 'en'].includes(c.req.query('lang') ?? '') ? c.req.query('lang') : 'nl'
      );
      const table = registrationTable(event, await storage.listActive(event.id), lang, tz());
      c.header('Content-Disposition', `attachment; filename="${event.id}-inschrijvingen.csv"`);
      c.header('Cache-Control', 'no-store');
      return c.body(csvFile(table), 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
      });
    },
  });
}

/** The CSV writer (';', formulas neutralised, numbers and phone numbers left alone) lives with the organiser's side. */
export { toCsv } from './organiser-model.js';
