import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/signup/index.js';
import type { SomSignup } from '../../src/signup/index.js';
import type { FeedEvent } from '../../src/feed/schema.js';
import { formatWhen, intlDays } from '../../src/feed/dates.js';
import { EVENT, fakeSignup, PERSON, type, fillAndSubmit, type Typed } from '../../storybook/signup-fake.js';
import { brokenFeedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';
import { uninstallFakeFetch, type FakeConfig, type FakeEndpoint } from './fake-endpoint.js';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

interface Mounted {
  el: SomSignup;
  fake: FakeEndpoint;
  event: FeedEvent;
  url: string;
}

/** A <som-signup> for the demo page's event, signing up at a fake endpoint, with its availability read. */
async function mount(
  config: FakeConfig = {},
  o: { change?: (e: FeedEvent) => void; id?: string; lang?: string; url?: string; fake?: FakeEndpoint } = {},
): Promise<Mounted> {
  const made = o.url && o.fake ? { url: o.url, fake: o.fake } : await fakeSignup(config, o.change, o.id);
  const el = await fixture<SomSignup>(
    html`<som-signup src=${made.url} event=${o.id ?? EVENT} lang=${o.lang ?? 'nl'}><a href="https://samenonderwijsmaken.example/">Naar de kalender</a></som-signup>`,
  );
  await settle(el);
  const form =
    (await (await fetch(made.url)).json()).events.find((e: FeedEvent) => e.id === (o.id ?? EVENT))?.registration
      ?.type === 'form';
  if (form) await waitUntil(() => made.fake.requests.some((r) => r.method === 'GET'), 'availability asked');
  await flush(el);
  const event = (await (await fetch(made.url)).json()).events.find((e: FeedEvent) => e.id === (o.id ?? EVENT));
  return { el, event, ...made };
}

const flush = async (el: SomSignup) => {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  }
};

async function submit(el: SomSignup, typed: Typed, done?: string) {
  await fillAndSubmit(el, typed, done);
  await flush(el);
}

describe('<som-signup>', () => {
  beforeEach(() => sessionStorage.clear());
  after(uninstallFakeFetch);

  describe('the event and its availability', () => {
    it('shows title, date and time, place, and the places left', async () => {
      const { el, event } = await mount({ capacity: 35, confirmed: 12 });
      const when = formatWhen(event, intlDays('nl'), 'Europe/Brussels', { to: 'tot', allDay: 'hele dag' });
      expect($(el, '[part=title]')!.textContent).to.equal('Labo meertaligheid: alle talen in de klas');
      expect(text(el)).to.contain(when.text).and.contain(when.label);
      expect(text(el)).to.contain('Centrum voor Taal en Onderwijs, vergaderzaal, Blijde-Inkomststraat 7, 3000 Leuven');
      expect($(el, '[part=availability]')!.textContent).to.equal('Nog 23 plaatsen');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('says "1 place" in the singular', async () => {
      const { el } = await mount({ capacity: 35, confirmed: 34 });
      expect($(el, '[part=availability]')!.textContent).to.equal('Nog 1 plaats');
    });

    it('shows no count for an unlimited event, only the deadline', async () => {
      const { el } = await mount({ capacity: null, closes: '2027-01-10T23:59:00+01:00' });
      expect($(el, '[part=availability]')!.textContent).to.equal('Inschrijven kan tot 10 januari 2027 om 23:59');
      expect($(el, 'form')).to.exist;
    });

    const closedStates: [string, FakeConfig, string, ((e: FeedEvent) => void)?][] = [
      ['full', { capacity: 35, confirmed: 35, waitlist: false }, 'Volzet'],
      ['closed', { state: 'closed' }, 'Inschrijvingen gesloten'],
      [
        'not yet open',
        { state: 'not-yet-open', opens: '2026-12-15T09:00:00+01:00' },
        'Inschrijven kan vanaf 15 december 2026 om 09:00',
      ],
      [
        'cancelled',
        { state: 'cancelled' },
        'Geannuleerd',
        (e) => Object.assign(e, { status: 'cancelled', statusReason: 'De spreker is ziek.' }),
      ],
    ];
    for (const [name, config, line, change] of closedStates) {
      it(`${name}: says so, without a form, axe-clean`, async () => {
        const { el } = await mount(config, { change });
        expect($(el, '[part=availability]')!.textContent).to.equal(line);
        expect($(el, 'form')).to.equal(null);
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }

    it('cancelled: the title is struck through', async () => {
      const { el } = await mount({ state: 'cancelled' }, { change: (e) => Object.assign(e, { status: 'cancelled' }) });
      expect(getComputedStyle($(el, '[part=title]')!).textDecorationLine).to.equal('line-through');
    });

    it("cancelled or postponed: the status once, then the feed's reason as given", async () => {
      const reason = 'Geannuleerd: twee trekkers vallen uit.';
      const { el } = await mount(
        { state: 'cancelled' },
        { change: (e) => Object.assign(e, { status: 'cancelled', statusReason: reason }) },
      );
      expect($$(el, '.avail, .reason').map((p) => p.textContent)).to.deep.equal(['Geannuleerd', reason]);
      expect(text(el)).not.to.contain('Geannuleerd — Geannuleerd');
      const moved = await mount(
        {},
        {
          change: (e) =>
            Object.assign(e, { status: 'postponed', statusReason: 'Verplaatst: de datum valt samen met de examens.' }),
        },
      );
      expect($$(moved.el, '.avail:not([part]), .reason').map((p) => p.textContent)).to.deep.equal([
        'Uitgesteld',
        'Verplaatst: de datum valt samen met de examens.',
      ]);
      // A cancelled event that signs up elsewhere offers no link, only the status and the reason.
      const external = await mount(
        {},
        {
          id: 'forum-dissident-2027',
          change: (e) => Object.assign(e, { status: 'cancelled', statusReason: 'De zaal is niet beschikbaar.' }),
        },
      );
      expect($(external.el, 'a.button')).to.equal(null);
      expect($$(external.el, '.avail, .reason').map((p) => p.textContent)).to.deep.equal([
        'Geannuleerd',
        'De zaal is niet beschikbaar.',
      ]);
      expect(await axeViolations(moved.el)).to.deep.equal([]);
    });

    it('waiting list: says so and the button joins the list', async () => {
      const { el } = await mount({ capacity: 3, confirmed: 3, waitlist: true });
      expect($(el, '[part=availability]')!.textContent).to.equal('Volzet — schrijf je in op de wachtlijst');
      expect($(el, 'form button')!.textContent).to.equal('Zet me op de wachtlijst');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('falls back to the feed when the endpoint cannot be read', async () => {
      const { url, fake } = await fakeSignup({});
      fake.nextGet('network');
      const { el } = await mount({}, { url, fake });
      // The feed's deadline, but no count: only the endpoint knows the seats taken.
      expect($(el, '[part=availability]')!.textContent).to.match(/^Inschrijven kan tot \d+ \S+ \d{4} om \d\d:\d\d$/);
      expect($(el, 'form')).to.exist;
    });

    it('external: the partner link with its label', async () => {
      const { el } = await mount({}, { id: 'forum-dissident-2027' });
      const a = $<HTMLAnchorElement>(el, 'a.button')!;
      expect(a.textContent).to.equal('Tickets bij 30CC');
      expect(a.href).to.equal('https://www.30cc.example/tickets/dissident');
      expect($(el, 'form')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('none: nothing to do', async () => {
      const { el } = await mount({}, { id: 'webinar-service-learning-partnerschappen-2027' });
      expect(text(el)).to.contain('Je hoeft je niet in te schrijven.');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('an unknown event id: a clear message and the fallback content', async () => {
      const { el } = await mount({}, { id: 'bestaat-niet' });
      expect(text(el)).to.equal('Deze activiteit is niet gevonden.');
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()[0]!.textContent).to.equal('Naar de kalender');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('a feed that cannot be loaded: the error and the fallback content', async () => {
      const el = await fixture<SomSignup>(
        html`<som-signup src=${brokenFeedUrl()} event=${EVENT}><a href="https://x.example/">Naar de kalender</a></som-signup>`,
      );
      await settle(el);
      expect(text(el)).to.contain('Deze inhoud kan nu niet geladen worden.');
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.have.length(1);
    });
  });

  describe('the form', () => {
    it('is a native form with labelled controls, autocomplete, an unticked consent and a hidden honeypot', async () => {
      const { el } = await mount();
      const form = $<HTMLFormElement>(el, 'form')!;
      expect(form.noValidate).to.equal(true);
      for (const control of $$(el, 'input:not([name=website]), select, textarea')) {
        expect($(el, `label[for="${control.id}"]`), control.id).to.exist;
      }
      expect($(el, '[name=name]')!.getAttribute('autocomplete')).to.equal('name');
      expect($(el, '[name=email]')!.getAttribute('type')).to.equal('email');
      expect($(el, '[name=email]')!.getAttribute('autocomplete')).to.equal('email');
      expect($(el, '[name="answers.organisation"]')!.getAttribute('autocomplete')).to.equal('organization');
      expect($<HTMLInputElement>(el, '[name="answers.organisation"]')!.required).to.equal(true);
      expect($(el, '[name="answers.vgt"]')!.getAttribute('aria-describedby')).to.equal('h-answers.vgt');
      expect($<HTMLInputElement>(el, '[name=consent]')!.checked).to.equal(false);
      expect($(el, '[name=consent]')!.getAttribute('aria-describedby')).to.equal('privacy');
      const hp = $<HTMLInputElement>(el, '[name=website]')!;
      expect(hp.tabIndex).to.equal(-1);
      expect(hp.autocomplete).to.equal('off');
      expect(hp.closest('[aria-hidden=true]')).to.exist;
      expect(hp.getBoundingClientRect().right).to.be.lessThan(0);
    });

    it('says who collects the data, why, how long, and links the privacy notice', async () => {
      const { el } = await mount();
      const privacy = $(el, '#privacy')!;
      expect(privacy.textContent).to.contain(
        'SOM-team gebruikt je gegevens alleen voor deze inschrijving en bewaart ze tot 30 dagen na de activiteit.',
      );
      expect(privacy.querySelector('a')!.href).to.equal('https://samenonderwijsmaken.example/privacy');
    });

    it("says how long the endpoint keeps the data when it tells (the reference server's RETENTION_DAYS)", async () => {
      const { el } = await mount({ retentionDays: 14 });
      await waitUntil(() => $(el, '#privacy')!.textContent!.includes('14 dagen'), "the endpoint's retention");
      expect($(el, '#privacy')!.textContent).to.contain('bewaart ze tot 14 dagen na de activiteit.');
    });

    it('marks optional questions and states a length limit up front', async () => {
      const { el } = await mount(
        {},
        {
          change: (e) => {
            if (e.registration?.type === 'form')
              e.registration.fields!.push({ id: 'remark', label: 'Opmerking', type: 'textarea', maxLength: 300 });
          },
        },
      );
      expect($(el, 'label[for="f-answers.remark"]')!.textContent).to.equal('Opmerking (niet verplicht)');
      expect($(el, '#h-answers\\.remark')!.textContent).to.equal('Hoogstens 300 tekens.');
    });

    it('renders every field type', async () => {
      const { el } = await mount(
        {},
        {
          change: (e) => {
            if (e.registration?.type === 'form') {
              e.registration.fields = [
                { id: 'a', label: 'A', type: 'text' },
                { id: 'b', label: 'B', type: 'email' },
                { id: 'c', label: 'C', type: 'tel' },
                { id: 'd', label: 'D', type: 'textarea' },
                { id: 'e', label: 'E', type: 'select', options: [{ value: 'x', label: 'X' }] },
                { id: 'f', label: 'F', type: 'checkbox' },
                { id: 'g', label: 'G', type: 'number' },
              ];
            }
          },
        },
      );
      const shape = (name: string) => {
        const c = $<HTMLInputElement>(el, `[name="answers.${name}"]`)!;
        return `${c.localName}:${c.type}:${c.getAttribute('autocomplete') ?? ''}:${c.getAttribute('inputmode') ?? ''}`;
      };
      expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(shape)).to.deep.equal([
        'input:text::',
        'input:email:email:',
        'input:tel:tel:',
        'textarea:textarea::',
        'select:select-one::',
        'input:checkbox::',
        'input:text::decimal',
      ]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('never renders feed text as markup', async () => {
      const { el } = await mount(
        {},
        {
          change: (e) => {
            if (e.registration?.type === 'form')
              e.registration.fields = [{ id: 'x', label: '<img src=x onerror="window.pwned=1">', type: 'text' }];
          },
        },
      );
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'label[for="f-answers.x"]')!.textContent).to.contain('<img');
    });
  });

  describe('validation', () => {
    it('on submit: an error summary that gets focus and links to each field; nothing is sent', async () => {
      const { el, fake } = await mount();
      await submit(el, { email: 'an@' }, '.summary');
      const summary = $(el, '.summary')!;
      expect(active(el)).to.equal(summary);
      expect(summary.getAttribute('role')).to.equal('alert');
      expect($$(el, '.summary a').map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        ['#f-name', 'Vul “Naam” in.'],
        ['#f-email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.be.'],
        ['#f-answers.organisation', 'Vul “School of organisatie” in.'],
        ['#f-answers.level', 'Kies een antwoord bij “In welk niveau werk je?”.'],
        ['#f-consent', 'Geef je toestemming om je in te schrijven.'],
      ]);
      expect(fake.posts).to.have.length(0);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('ties each message to its field, and a summary link moves focus to the field', async () => {
      const { el } = await mount();
      await submit(el, {}, '.summary');
      const name = $(el, '#f-name')!;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('e-name');
      expect($(el, '#e-name')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fout: Vul “Naam” in.');
      expect($(el, '#f-answers\\.organisation')!.getAttribute('aria-describedby')).to.equal(
        'h-answers.organisation e-answers.organisation',
      );
      expect($(el, '#f-consent')!.getAttribute('aria-describedby')).to.equal('privacy e-consent');
      $$(el, '.summary a')[3]!.click();
      expect(active(el)).to.equal($(el, '#f-answers\\.level'));
      expect(location.hash).to.equal('');
    });

    it("maps the server's 422 errors onto the fields", async () => {
      const { el, fake } = await mount();
      fake.next({
        status: 422,
        body: {
          type: 'https://x.example/validation',
          status: 422,
          title: 'Invalid',
          errors: [
            { field: 'email', message: 'Dit adres bestaat niet.' },
            { field: 'answers.unknown', message: 'Onbekende vraag.' },
          ],
        },
      });
      const errors: unknown[] = [];
      el.addEventListener('som-signup-error', (e) => errors.push(e.detail));
      await submit(el, PERSON, '.summary');
      expect(active(el)).to.equal($(el, '.summary'));
      expect($$(el, '.summary li').map((li) => [li.textContent, !!li.querySelector('a')])).to.deep.equal([
        ['Dit adres bestaat niet.', true],
        ['Onbekende vraag.', false],
      ]);
      expect($(el, '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
      expect(errors).to.deep.equal([{ eventId: EVENT, status: 422, detail: 'Invalid' }]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('submitting', () => {
    it('signs up: confirmation with calendar and cancel links, focus, event, draft cleared', async () => {
      const { el, fake } = await mount({ capacity: 35, confirmed: 12 });
      setTimeout(() => void submit(el, { ...PERSON, 'answers.vgt': true }, '.done'));
      const ev = await oneEvent(el, 'som-signup-success');
      expect(ev.detail).to.deep.equal({ eventId: EVENT, status: 'confirmed', position: null });
      expect(ev.bubbles && ev.composed).to.equal(true);
      await waitUntil(() => $(el, '.done'));
      await flush(el);
      const done = $(el, '.done')!;
      expect(active(el)).to.equal(done);
      expect($(el, '.done h3')!.textContent).to.equal('Je bent ingeschreven');
      const links = $$(el, '.done a') as HTMLAnchorElement[];
      expect(links.map((a) => a.textContent)).to.deep.equal(['Zet het in je agenda', 'Inschrijving annuleren']);
      expect(links[0]!.href).to.match(/^https:\/\/signup\.invalid\/api\/registrations\/.+\/calendar\.ics$/);
      expect($(el, 'form')).to.equal(null);
      const post = fake.posts[0]!;
      expect(post.key).to.match(UUID4);
      expect(post.body).to.deep.equal({
        name: 'An Peeters',
        email: 'an.peeters@example.org',
        consent: true,
        language: 'nl',
        website: '',
        answers: { organisation: 'Basisschool De Wijnpers', level: 'lager', vgt: true },
      });
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('som-widgets:signup:'))).to.deep.equal([]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('on the waiting list: the position', async () => {
      const { el } = await mount({ capacity: 3, confirmed: 3, waitlisted: 2, waitlist: true });
      setTimeout(() => void submit(el, PERSON, '.done'));
      expect((await oneEvent(el, 'som-signup-success')).detail).to.deep.equal({
        eventId: EVENT,
        status: 'waitlisted',
        position: 3,
      });
      await flush(el);
      expect($(el, '.done h3')!.textContent).to.equal('Je staat op de wachtlijst (nummer 3)');
      expect(text(el)).to.contain('Komt er een plaats vrij, dan schuif je automatisch door.');
      // Not the confirmed seat's file: a tentative one, without a reminder (server/src/ics-routes.js).
      expect(($$(el, '.done a') as HTMLAnchorElement[]).map((a) => a.textContent)).to.deep.equal([
        'Zet het voorlopig in je agenda (zonder herinnering)',
        'Inschrijving annuleren',
      ]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('the same e-mail again: says so, without new links, and takes no second seat', async () => {
      const first = await mount();
      await submit(first.el, PERSON, '.done');
      const { el, fake } = await mount({}, { url: first.url, fake: first.fake });
      await submit(el, PERSON, '.done');
      expect($(el, '.done')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Je bent ingeschreven Je was al ingeschreven met dit e-mailadres.',
      );
      expect($$(el, '.done a')).to.have.length(0);
      expect(fake.registrations).to.have.length(1);
    });

    it('the same e-mail again at a server that mails: says the confirmation went out again, to the masked address', async () => {
      const first = await mount({ resends: true });
      await submit(first.el, PERSON, '.done');
      const { el } = await mount({ resends: true }, { url: first.url, fake: first.fake });
      await submit(el, PERSON, '.done');
      const email = String(PERSON.email);
      const masked = `${email[0]}…${email.slice(email.indexOf('@'))}`;
      expect($(el, '.done')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Je bent ingeschreven Je was al ingeschreven met dit e-mailadres. We stuurden je bevestiging opnieuw naar ${masked}, met de links om ze te bekijken of te annuleren.`,
      );
      expect($(el, '.done')!.textContent).not.to.contain(email.slice(1, email.indexOf('@')));
      expect($$(el, '.done a')).to.have.length(0);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('sends once, however often it is clicked, and says it is sending', async () => {
      const { el, fake } = await mount({ delay: 150 });
      await waitUntil(() => $(el, 'form'));
      type(el, PERSON);
      const button = $<HTMLButtonElement>(el, 'form button')!;
      button.click();
      button.click();
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '[role=status]')!.textContent).to.equal('Bezig met versturen…');
      expect(await axeViolations(el)).to.deep.equal([]);
      await waitUntil(() => $(el, '.done'));
      expect(fake.posts).to.have.length(1);
    });

    it('network failure: keeps what was typed, says so, and retries with the same key once back online', async () => {
      const { el, fake } = await mount();
      fake.next('network');
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const errors: unknown[] = [];
      el.addEventListener('som-signup-error', (e) => errors.push(e.detail));
      await submit(el, PERSON, '.note');
      expect(active(el)).to.equal($(el, '.note'));
      expect($(el, '.note')!.textContent).to.contain(
        'Niet verstuurd: er is geen verbinding. Wat je invulde, blijft bewaard.',
      );
      expect($<HTMLInputElement>(el, '[name=email]')!.value).to.equal('an.peeters@example.org');
      expect($<HTMLInputElement>(el, '[name=consent]')!.checked).to.equal(true);
      expect(errors).to.deep.equal([{ eventId: EVENT, status: null, detail: 'network' }]);
      expect(await axeViolations(el)).to.deep.equal([]);
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => $(el, '.done'), 'signed up after coming back online');
      expect(fake.posts).to.have.length(2);
      expect(fake.posts[1]!.key).to.equal(fake.posts[0]!.key);
      expect(fake.posts[1]!.text).to.equal(fake.posts[0]!.text);
      window.dispatchEvent(new Event('online'));
      await flush(el);
      expect(fake.posts).to.have.length(2);
    });

    it('no answer while the browser is online (server down, origin not allowed): offers the retry', async () => {
      const { el, fake } = await mount();
      fake.next('network');
      await submit(el, PERSON, '.note');
      expect($(el, '.note')!.textContent).to.contain('Niet verstuurd: er ging iets mis bij de inschrijvingsdienst.');
      $<HTMLButtonElement>(el, '.note button')!.click();
      await waitUntil(() => $(el, '.done'));
      expect(fake.posts[1]!.key).to.equal(fake.posts[0]!.key);
    });

    it('5xx: says so and retries the same attempt with the same key', async () => {
      const { el, fake } = await mount();
      fake.next(503);
      await submit(el, PERSON, '.note');
      expect($(el, '.note')!.textContent).to.contain('Niet verstuurd: er ging iets mis bij de inschrijvingsdienst.');
      const retry = $<HTMLButtonElement>(el, '.note button')!;
      expect(retry.textContent).to.equal('Opnieuw proberen');
      retry.click();
      await waitUntil(() => $(el, '.done'));
      expect(fake.posts.map((p) => p.key)).to.deep.equal([fake.posts[0]!.key, fake.posts[0]!.key]);
    });

    it('a changed form after a failure is a new attempt with a new key', async () => {
      const { el, fake } = await mount();
      fake.next(500);
      await submit(el, PERSON, '.note');
      type(el, { name: 'An Peeters-Janssens' });
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await waitUntil(() => $(el, '.done'));
      expect(fake.posts[1]!.key).to.not.equal(fake.posts[0]!.key);
    });

    it('429: shows the wait, counts down, then sends again by itself', async () => {
      const { el, fake } = await mount();
      fake.next({ status: 429, headers: { 'Retry-After': '2' } });
      await submit(el, PERSON, '.note');
      expect($(el, '.note')!.textContent).to.contain('Het is even druk. We proberen het over 2 s opnieuw.');
      expect($(el, 'form button')!.getAttribute('aria-disabled')).to.equal('true');
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      expect(fake.posts).to.have.length(1);
      await waitUntil(() => $(el, '.note')?.textContent?.includes('over 1 s'), 'counts down', { timeout: 1800 });
      await waitUntil(() => $(el, '.done'), 'sent again', { timeout: 3000 });
      expect(fake.posts).to.have.length(2);
      expect(fake.posts[1]!.key).to.equal(fake.posts[0]!.key);
    });

    it('409 full: re-reads the availability and explains', async () => {
      const { el, fake } = await mount();
      fake.next({ status: 409, then: { state: 'full' } });
      const errors: { status: number | null }[] = [];
      el.addEventListener('som-signup-error', (e) => errors.push(e.detail));
      await submit(el, PERSON, '.note');
      await waitUntil(() => fake.requests.filter((r) => r.method === 'GET').length === 2);
      await flush(el);
      expect($(el, '.note')!.textContent!.trim()).to.equal('Sorry, intussen is de activiteit volzet.');
      expect($(el, '[part=availability]')!.textContent).to.equal('Volzet');
      expect($(el, 'form')).to.equal(null);
      expect(active(el)).to.equal($(el, '.note'));
      expect(errors[0]!.status).to.equal(409);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('410: re-reads the availability and explains', async () => {
      const { el, fake } = await mount();
      fake.next({ status: 410, then: { state: 'closed' } });
      await submit(el, PERSON, '.note');
      await waitUntil(() => fake.requests.filter((r) => r.method === 'GET').length === 2);
      await flush(el);
      expect($(el, '.note')!.textContent!.trim()).to.equal('Sorry, inschrijven kan nu niet meer.');
      expect($(el, '[part=availability]')!.textContent).to.equal('Inschrijvingen gesloten');
    });

    it("another refusal (4xx): says so with the server's words", async () => {
      const { el, fake } = await mount();
      fake.next({
        status: 404,
        body: {
          type: 'https://x.example/not-found',
          title: 'Not found',
          status: 404,
          detail: 'There is no sign-up form for this event.',
        },
      });
      await submit(el, PERSON, '.note');
      expect($(el, '.note')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Inschrijven lukte niet. There is no sign-up form for this event.',
      );
    });
  });

  describe('what was typed survives a reload until it is sent', () => {
    it('restores the values, but never the consent tick', async () => {
      const first = await mount();
      await waitUntil(() => $(first.el, 'form'));
      type(first.el, PERSON);
      first.el.remove();
      const { el } = await mount({}, { url: first.url, fake: first.fake });
      expect($<HTMLInputElement>(el, '[name=name]')!.value).to.equal('An Peeters');
      expect($<HTMLSelectElement>(el, '[name="answers.level"]')!.value).to.equal('lager');
      expect($<HTMLInputElement>(el, '[name=consent]')!.checked).to.equal(false);
      expect(JSON.stringify(sessionStorage)).to.not.contain('consent');
    });

    it('keeps the key of an attempt whose outcome is unknown, so the retry after a reload is the same attempt', async () => {
      const first = await mount();
      first.fake.next('network');
      await submit(first.el, PERSON, '.note');
      first.el.remove();
      const { el, fake } = await mount({}, { url: first.url, fake: first.fake });
      await submit(el, { consent: true }, '.done');
      expect(fake.posts).to.have.length(2);
      expect(fake.posts[1]!.key).to.equal(fake.posts[0]!.key);
    });

    it('is cleared after success', async () => {
      const first = await mount();
      await submit(first.el, PERSON, '.done');
      first.el.remove();
      const { el } = await mount({}, { url: first.url, fake: first.fake });
      expect($<HTMLInputElement>(el, '[name=name]')!.value).to.equal('');
    });
  });

  describe('languages', () => {
    it('switches the interface language at run time (and loads it once)', async () => {
      const { el } = await mount({ capacity: 35, confirmed: 12 });
      await submit(el, {}, '.summary');
      el.setAttribute('lang', 'fr');
      await waitUntil(() => text(el).includes('Encore 23 places'), 'French');
      expect($(el, '[part=title]')!.textContent).to.equal('Labo multilinguisme : toutes les langues en classe');
      expect($(el, '.summary h3')!.textContent).to.equal('Il y a un problème');
      expect($$(el, '.summary a')[0]!.textContent).to.equal('Remplissez « Nom ».');
      el.setAttribute('lang', 'de');
      await waitUntil(() => text(el).includes('Noch 23 Plätze'), 'German');
      expect($(el, 'form button')!.textContent).to.equal('Anmelden');
      el.setAttribute('lang', 'en');
      await waitUntil(() => text(el).includes('23 places left'), 'English');
      expect($(el, 'label[for=f-email]')!.textContent).to.equal('Email address');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('sends the interface language with the sign-up', async () => {
      const { el, fake } = await mount({}, { lang: 'en' });
      await submit(el, PERSON, '.done');
      expect(fake.posts[0]!.body!.language).to.equal('en');
      expect($(el, '.done h3')!.textContent).to.equal('You are registered');
    });
  });

  describe('keyboard and small screens', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('can be completed with the keyboard alone (the honeypot is skipped)', async () => {
      const { el, fake } = await mount();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const visited: string[] = [];
      const tab = async () => {
        await sendKeys({ press: 'Tab' });
        visited.push(active(el)?.getAttribute('name') ?? active(el)?.localName ?? 'outside');
      };
      await tab();
      await sendKeys({ type: 'An Peeters' });
      await tab();
      await sendKeys({ type: 'an@example.org' });
      await tab();
      await sendKeys({ type: 'De Wijnpers' });
      await tab();
      await sendKeys({ press: 'ArrowDown' });
      await tab();
      await tab();
      await tab();
      await sendKeys({ press: 'Space' });
      await tab();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.done'), 'signed up by keyboard');
      expect(visited).to.deep.equal([
        'name',
        'email',
        'answers.organisation',
        'answers.level',
        'answers.vgt',
        'a',
        'consent',
        'button',
      ]);
      expect(fake.posts[0]!.body!.answers).to.deep.equal({ organisation: 'De Wijnpers', level: 'kleuter', vgt: false });
      before.remove();
    });

    it('reflows at 320 px without sideways scrolling, errors and all', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await mount();
      await submit(el, { email: 'een-heel-lang-adres-zonder-spaties@voorbeeld-van-een-school.example' }, '.summary');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '*'))
        expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(321);
    });

    it('targets are at least 24 by 24 px', async () => {
      const { el } = await mount();
      for (const node of $$(el, 'input:not([name=website]), select, button, a.button')) {
        const r = node.getBoundingClientRect();
        expect(Math.min(r.width, r.height), node.id).to.be.at.least(24);
      }
    });
  });
});
