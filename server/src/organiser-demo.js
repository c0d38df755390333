// @ts-check
/**
 * The demo's organiser (DEMO=1 only): one event with realistic registrations (the network's own yearly figure,
 * 120 people registered and about 80 present), a few who gave their seat back (some through the reminder),
 * people who moved up from the waiting list and a few still waiting, and a stable organiser link that
 * `npm start` prints and the demo hub reaches through /demo/organiser. Never mounted in production.
 */
import { createHash } from 'node:crypto';
import { seatsOf } from 'som-widgets/feed';

/** @typedef {import('./db.js').Storage} Storage */
/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */

const sha256 = (/** @type {string} */ s) => createHash('sha256').update(s).digest('hex');
/** The network's large yearly event when the demo feed has it. */
const PREFERRED = 'open-som-raad-2027';

const FIRST = [
  'An',
  'Bram',
  'Charlotte',
  'Dries',
  'Elif',
  'Fien',
  'Gert',
  'Hanne',
  'Ilias',
  'Jana',
  'Kobe',
  'Lotte',
  'Mohamed',
  'Nele',
  'Olivier',
  'Pieter',
  'Rania',
  'Sofie',
  'Thomas',
  'Ulla',
  'Vincent',
  'Wout',
  'Yasmina',
  'Zoë',
];
const LAST = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambrechts',
  'El Amrani',
  'Vermeulen',
  'Aerts',
  'Van den Broeck',
  'Yılmaz',
  'Desmet',
  'Hermans',
];
const ORGS = [
  'Sint-Pieterscollege',
  'GO! atheneum Redingenhof',
  'Basisschool De Puzzel',
  'CLB Leuven',
  'KU Leuven',
  'Stad Leuven',
  'UCLL',
  'Vrije Basisschool Kessel-Lo',
  'Sint-Jozefsinstituut',
  'OKAN Leuven',
  'Huis van het Kind',
];
const ROLES = ['leraar', 'leraar', 'leraar', 'zorg', 'directie', 'brugfiguur', 'welzijn', 'hoger', 'andere'];

/** @param {FeedEvent[]} events */
export function demoEvent(events) {
  const forms = events.filter((e) => e.registration?.type === 'form');
  // Another feed's demo: its largest event, if it is the size of the network's yearly one (not a small labo).
  return (
    forms.find((e) => e.id === PREFERRED) ??
    [...forms].filter((e) => (seatsOf(e) ?? 0) >= 100).sort((a, b) => (seatsOf(b) ?? 0) - (seatsOf(a) ?? 0))[0]
  );
}

/**
 * The demo event's organiser token: derived from the server's key, so it stays the same across restarts.
 * @param {import('./mail.js').CancelTokens} tokens @param {string} eventId
 */
export const demoOrganiserToken = (tokens, eventId) => tokens.forRegistration(`organiser-demo:${eventId}`);

/**
 * Fill the demo event once (an empty event only) and make sure its demo link works. Returns the link's path.
 * @param {Storage} storage
 * @param {FeedEvent[]} events
 * @param {import('./mail.js').CancelTokens} tokens
 * @param {Date} now
 * @returns {Promise<{ eventId: string, path: string } | undefined>}
 */
export async function seedOrganiserDemo(storage, events, tokens, now) {
  const event = demoEvent(events);
  if (!event || event.registration?.type !== 'form') return undefined;
  const token = demoOrganiserToken(tokens, event.id);
  if (
    !(await storage.organiserLink(sha256(token))) &&
    !(await storage.organiserLinks()).some((l) => l.eventId === event.id)
  )
    await storage.replaceOrganiserLink(event.id, sha256(token), now.toISOString(), { actor: 'admin', action: 'link' });
  const [figures] = await storage.eventFigures(event.id);
  if (figures) return { eventId: event.id, path: `/organiser/e/${token}` };

  const capacity = seatsOf(event);
  const waitlist = event.registration.waitlist ?? false;
  const start = Date.parse(event.start);
  // Sign-ups spread over the six weeks before now (or before the start, if that is sooner).
  const end = Math.min(now.getTime(), start);
  const made = /** @type {{ id: string, status: string }[]} */ ([]);
  const add = async (/** @type {number} */ i) => {
    const first = FIRST[(i * 7) % FIRST.length];
    const last = LAST[(i * 5 + Math.floor(i / FIRST.length)) % LAST.length];
    const id = `demo-${event.id}-${i}`;
    const result = await storage.register({
      id,
      eventId: event.id,
      tokenHash: sha256(tokens.forRegistration(id)),
      capacity,
      waitlist,
      name: `${first} ${last}`,
      email: `${first}.${last}.${i}@school.example`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
      answers: {
        organisation: ORGS[i % ORGS.length],
        role: ROLES[i % ROLES.length],
        ...(i % 11 === 0 ? { sofa: true } : {}),
        ...(i % 23 === 0 ? { vgt: true } : {}),
        ...(i % 9 === 0 ? { dietary: i % 2 ? 'vegetarisch' : 'glutenvrij' } : {}),
      },
      language: i % 17 === 0 ? 'fr' : i % 29 === 0 ? 'en' : 'nl',
      createdAt: new Date(end - 42 * 86_400_000 + i * 8 * 3_600_000).toISOString(),
      quiet: true, // made-up people get no mails in the demo's page of mails
    });
    if (result.registration) made.push({ id, status: result.registration.status });
  };
  const seats = capacity ?? 120;
  // Everyone who took a seat, six more waiting; six give their seat back (two through the reminder), so six move up.
  for (let i = 0; i < seats + 6; i++) await add(i);
  for (const [k, i] of [3, 17, 40, 58, 77, 101].entries()) {
    const id = `demo-${event.id}-${i}`;
    const at = new Date(end - (20 - k) * 3_600_000).toISOString();
    await storage.cancel(sha256(tokens.forRegistration(id)), capacity, at, k < 2 ? 'reminder' : 'person');
  }
  for (let i = seats + 6; i < seats + 10; i++) await add(i);
  // About two in three of those confirmed came: the network's yearly figure (80 of 120).
  const confirmed = (await storage.listActive(event.id)).filter((r) => r.status === 'confirmed');
  let present = 0;
  for (const [i, r] of confirmed.entries()) {
    if (i % 3 === 2) continue;
    const at = new Date(start - 25 * 60_000 + present * 20_000).toISOString();
    await storage.setPresent(event.id, r.id, true, at, null);
    present++;
  }
  return { eventId: event.id, path: `/organiser/e/${token}` };
}
