// @ts-check
/**
 * The mail side of the server: it notices what people must be told (event changes, reminders coming due)
 * and writes it to the outbox, and a sender works through the outbox over SMTP (nodemailer).
 *
 * Delivery: a sender marks a row 'sending' with a lease before it talks SMTP, then 'sent'. A crash before
 * SMTP leaves the lease to run out, and the row is tried again: delayed, never lost. A crash after the SMTP
 * server accepted but before 'sent' was written sends the same mail again with the same Message-ID, which
 * is how receivers (and the tests) recognise the copy. Failures are retried with exponential backoff; a
 * permanent refusal (5xx) or the last attempt marks the row 'failed' with a reason free of personal data.
 */
import nodemailer from 'nodemailer';
import { toDate } from 'som-widgets/feed';
import { changesBetween, eventSnapshot, renderMail } from './mail.js';

/** @typedef {import('./db.js').Storage} Storage */
/** @typedef {import('./db.js').MailJob} MailJob */
/** @typedef {import('som-widgets/feed').Feed} Feed */

/**
 * @typedef {object} MailOptions  timings; the defaults suit production, tests shorten them
 * @property {number} [retryBaseMs]  first retry after this long, then doubling (default 30 s)
 * @property {number} [retryMaxMs]   never waiting longer than this between attempts (default 1 h)
 * @property {number} [maxAttempts]  then the mail is 'failed' (default 10: about four hours of trying)
 * @property {number} [leaseMs]      a sender silent this long is presumed dead (default 5 min)
 * @property {number} [pollMs]       how often due mails and reminders are looked for (default 30 s)
 */

const MINUTE = 60_000;

/**
 * Record the feed's events as the versions people were told about. An event seen before whose status,
 * time or place changed gets a higher version and, in the same transaction, a change mail for everyone
 * registered. Called at start and after each reload that swaps the feed. Returns the ids of changed events.
 * @param {Storage} storage @param {Feed} feed @param {Date} now
 */
export async function recordEventVersions(storage, feed, now) {
  const known = new Map((await storage.eventVersions()).map((v) => [v.eventId, v]));
  /** @type {string[]} */
  const changed = [];
  for (const event of feed.events) {
    if (event.registration?.type !== 'form') continue;
    const after = eventSnapshot(event);
    const snapshot = JSON.stringify(after);
    const seen = known.get(event.id);
    if (seen?.snapshot === snapshot) continue;
    const changes = seen ? changesBetween(JSON.parse(seen.snapshot), after) : null;
    if (seen && !changes) {
      // A difference no one needs a mail for: remember it, same version.
      await storage.saveEventVersion({
        eventId: event.id,
        sequence: seen.sequence,
        snapshot,
        change: null,
        now: now.toISOString(),
      });
      continue;
    }
    const sequence = seen ? seen.sequence + 1 : 0;
    const change = changes ? { changes, before: JSON.parse(/** @type {any} */ (seen).snapshot), after } : null;
    await storage.saveEventVersion({ eventId: event.id, sequence, snapshot, change, now: now.toISOString() });
    if (changes) changed.push(event.id);
  }
  return changed;
}

/**
 * Describe a failed delivery without personal data: SMTP answers may quote the address, so only codes.
 * @param {any} e
 */
export function failureReason(e) {
  const code = typeof e?.code === 'string' ? e.code : 'ERROR';
  const smtp = typeof e?.responseCode === 'number' ? ` ${e.responseCode}` : '';
  const enhanced = typeof e?.response === 'string' ? (/\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(e.response)?.[0] ?? '') : '';
  return `${code}${smtp}${enhanced ? ` ${enhanced}` : ''}`;
}

/**
 * @param {{ storage: Storage, current: import('./feed.js').CurrentFeed,
 *   config: import('./config.js').Config & { publicUrl: string }, tokens: import('./mail.js').CancelTokens,
 *   now?: () => Date, log?: (line: string) => void, options?: MailOptions }} deps
 *   `current`: the feed being published, read at each use (a reload from sources swaps it)
 */
export function createMailer({
  storage,
  current,
  config,
  tokens,
  now = () => new Date(),
  log = console.log,
  options = {},
}) {
  const {
    retryBaseMs = 30_000,
    retryMaxMs = 60 * MINUTE,
    maxAttempts = 10,
    leaseMs = 5 * MINUTE,
    pollMs = 30_000,
  } = options;
  const transport = config.smtpUrl
    ? nodemailer.createTransport({
        url: config.smtpUrl,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      })
    : undefined;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let stopped = false;
  /** @type {Promise<void> | undefined} */
  let running;
  let again = false;

  /** Queue the reminders that are due (also those that came due while the server was down), unless the event has begun. */
  async function queueReminders() {
    const at = now();
    let queued = 0;
    const { feed, events } = current;
    for (const event of events.values()) {
      if (event.registration?.type !== 'form' || event.status === 'cancelled' || event.status === 'postponed') continue;
      const start = toDate(event.start, feed.network.timeZone);
      const due = new Date(start.getTime() - config.reminderHours * 3_600_000);
      if (at < due || at >= start) continue;
      // Keyed by the start: a moved event gets a reminder for its new date.
      queued += await storage.queueReminders(event.id, start.toISOString(), due.toISOString(), at.toISOString());
    }
    if (queued) log(`mail: ${queued} reminder(s) queued`);
    return queued;
  }

  /** @param {MailJob} job */
  async function deliver(job) {
    const at = now();
    const rendered = renderMail(job, {
      feed: current.feed,
      events: current.events,
      publicUrl: config.publicUrl,
      from: config.mailFrom,
      tokens,
      now: at,
    });
    if ('skip' in rendered) {
      await storage.mailDone(job.id, job.attempts, 'skipped', rendered.skip, at.toISOString());
      log(`mail #${job.id} (${job.kind}) skipped: ${rendered.skip}`);
      return;
    }
    try {
      await /** @type {import('nodemailer').Transporter} */ (transport).sendMail(rendered.message);
      await storage.mailSent(job.id, job.attempts, now().toISOString());
      log(`mail #${job.id} (${job.kind}) sent`);
    } catch (e) {
      const reason = failureReason(e);
      const code = /** @type {any} */ (e)?.responseCode;
      const permanent = typeof code === 'number' && code >= 500 && code < 600;
      if (permanent || job.attempts >= maxAttempts) {
        const why = `${permanent ? 'refused' : `gave up after ${job.attempts} attempts`}: ${reason}`;
        await storage.mailDone(job.id, job.attempts, 'failed', why, now().toISOString());
        log(`mail #${job.id} (${job.kind}) failed: ${why}`);
      } else {
        const wait = Math.min(retryMaxMs, retryBaseMs * 2 ** (job.attempts - 1));
        await storage.mailRetry(job.id, job.attempts, new Date(now().getTime() + wait).toISOString(), reason);
        log(
          `mail #${job.id} (${job.kind}) attempt ${job.attempts} failed (${reason}); next in ${Math.round(wait / 1000)} s`,
        );
      }
    }
  }

  /** Work through what is due, one mail at a time (a school's mail server is not to be flooded). */
  async function sendDue() {
    while (!stopped) {
      const at = now();
      const jobs = await storage.claimMails(at.toISOString(), new Date(at.getTime() + leaseMs).toISOString(), 10);
      if (!jobs.length) return;
      for (const job of jobs) {
        if (stopped) return; // its lease runs out and the next start sends it
        await deliver(job);
      }
    }
  }

  function run() {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await queueReminders();
          if (transport) await sendDue();
        } while (again && !stopped);
      } catch (e) {
        log(`mail: ${/** @type {Error} */ (e)?.message ?? e}`); // storage trouble: tried again at the next tick
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  return {
    /** Whether mails go out (SMTP_URL); without it they are kept in the outbox. */
    sending: Boolean(transport),
    start() {
      timer = setInterval(() => void run(), pollMs);
      timer.unref();
      return run();
    },
    /** Something was queued: send it now rather than at the next tick. */
    wake() {
      if (!stopped) setImmediate(() => void run());
    },
    /** Finish the mail in hand (at most `graceMs`), then stop; unsent mails stay in the outbox for the next start. */
    async stop(graceMs = 10_000) {
      stopped = true;
      clearInterval(timer);
      if (running) {
        /** @type {NodeJS.Timeout | undefined} */
        let t;
        await Promise.race([
          running,
          new Promise((r) => {
            t = setTimeout(r, graceMs);
          }),
        ]);
        clearTimeout(t);
      }
      transport?.close();
    },
    queueReminders,
    run,
  };
}
