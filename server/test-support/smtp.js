// @ts-check
/**
 * A real SMTP server for the mail tests (smtp-server on a loopback port), which parses every message it
 * accepts with mailparser. `refuse` decides per message whether to answer with an error instead.
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const SMTP_USER = 'som-mailer';
export const SMTP_PASSWORD = 'geheim-wachtwoord-7';

/**
 * @typedef {import('mailparser').ParsedMail & { envelopeTo: string[] }} Received
 * @param {{ port?: number, refuse?: (n: number) => (Error & { responseCode?: number }) | undefined,
 *   beforeAccept?: (n: number) => void | Promise<void> }} [options]
 */
export async function startSmtp({ port = 0, refuse, beforeAccept } = {}) {
  /** @type {Received[]} */
  const received = [];
  let seen = 0;
  /** @type {(() => void)[]} */
  let waiters = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'], // plain on loopback; the credentials are still checked
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const n = ++seen;
      simpleParser(stream).then(async (mail) => {
        const error = refuse?.(n);
        if (error) return callback(error);
        await beforeAccept?.(n);
        received.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
        waiters.forEach((w) => w());
        callback();
      }, callback);
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const actual = /** @type {import('node:net').AddressInfo} */ (server.server.address()).port;
  return {
    port: actual,
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${actual}`,
    received,
    /** How many messages came in, refused ones included. */
    get attempts() {
      return seen;
    },
    /** Resolves once `n` messages were accepted (rejects after `ms`). @param {number} n */
    async waitFor(n, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} mail(s), got ${received.length}`);
        await new Promise((r) => {
          const t = setTimeout(r, 50);
          waiters.push(() => {
            clearTimeout(t);
            r(undefined);
          });
        });
        waiters = [];
      }
      return received;
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** Wait `ms` to see that nothing more arrives. @param {number} ms */
export const quiet = (ms) => new Promise((r) => setTimeout(r, ms));

/** Timings that keep the tests fast: retries after 50 ms, doubling; a lease of 1 s. */
export const FAST = { pollMs: 50, retryBaseMs: 50, retryMaxMs: 400, leaseMs: 1000 };
