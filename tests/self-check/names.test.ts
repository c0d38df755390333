// The two organisations' names: optional, on the result, the printout, the file and the share link;
// kept in this browser only, never part of a submission.
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { axeViolations, settle } from '../helpers.js';
import { cleanName, cleanNames, MAX_NAME, nameFromCode, nameToCode } from '../../src/self-check/names.js';
import { decode, encode, shareLink } from '../../src/self-check/share.js';
import { persist, restore, type Saved } from '../../src/self-check/storage.js';
import { exportData } from '../../src/self-check/export.js';
import { score } from '../../src/self-check/scoring.js';
import { resolveText } from '../../src/feed/text.js';
import {
  answers,
  builtin,
  clearState,
  click,
  codeFor,
  find,
  findAll,
  memory,
  mount,
  seed,
  text,
  uniform,
  withRows,
  type Row,
} from './helpers.js';

const rows: Row[] = withRows(uniform(3, 4), { communicatie: ['n', 5, 4] });
const named = (own: string, partner: string) => ({ ...answers(rows), names: { own, partner } });
describe('self-check organisation names', () => {
  describe('cleaning', () => {
    it('keeps one line of plain text, at most MAX_NAME characters', () => {
      expect(cleanName('  Basisschool   De Linde \n')).to.equal('Basisschool De Linde');
      expect(cleanName('OCMW\u0000 Gent\u202e')).to.equal('OCMW Gent');
      expect(cleanName('a\u2066b\u2069c')).to.equal('a b c');
      expect(cleanName(42)).to.equal('');
      expect(cleanName({ toString: () => 'x' })).to.equal('');
      const long = '😀'.repeat(MAX_NAME + 5);
      expect(Array.from(cleanName(long))).to.have.length(MAX_NAME); // cut by character, not inside one
      expect(cleanName(long)).to.equal('😀'.repeat(MAX_NAME));
    });

    it('has names only when at least one is given', () => {
      expect(cleanNames({ own: ' ', partner: '' })).to.equal(undefined);
      expect(cleanNames(null)).to.equal(undefined);
      expect(cleanNames('x')).to.equal(undefined);
      expect(cleanNames({ own: 'A', partner: 7 })).to.deep.equal({ own: 'A', partner: '' });
    });

    it('codes a name in URL-safe characters and back, any script', () => {
      for (const name of [
        '',
        'A',
        'École Saint-Joseph & Co.',
        'مدرسة النور',
        'Stad Gent / Dienst Jeugd #1?',
        '😀 .&=%',
      ]) {
        const code = nameToCode(name);
        expect(code, name).to.match(/^[A-Za-z0-9_-]*$/);
        expect(nameFromCode(code)).to.equal(name);
      }
      expect(nameFromCode('A')).to.equal(null); // not base64
      expect(nameFromCode(nameToCode('x').slice(0, 1) + '_w')).to.equal(null); // not UTF-8
    });
  });

  describe('share link', () => {
    it('adds the names only when given, so a code without names is what it always was', () => {
      expect(encode(builtin, answers(rows))).to.equal(codeFor(rows));
      expect(encode(builtin, { ...answers(rows), names: { own: '', partner: '' } })).to.equal(codeFor(rows));
      const a = named('Basisschool De Linde', 'OCMW Gent');
      const code = encode(builtin, a);
      expect(code.startsWith(`${codeFor(rows)}.`)).to.be.true;
      expect(decode(builtin, code)).to.deep.equal({ ok: true, answers: a });
      expect(decode(builtin, shareLink('https://a.example/scan', code))).to.deep.equal({ ok: true, answers: a });
    });

    it('keeps reading old links without names', () => {
      expect(decode(builtin, `https://a.example/scan#som-self-check=${codeFor(rows)}`)).to.deep.equal({
        ok: true,
        answers: answers(rows),
      });
    });

    it('round-trips one name, any characters, and the longest names within the size limit', () => {
      for (const a of [
        named('', 'OCMW Gent'),
        named('مدرسة النور', 'A.B & C=D #2'),
        named('é'.repeat(MAX_NAME), '😀'.repeat(MAX_NAME)),
      ]) {
        const code = encode(builtin, a);
        expect(decode(builtin, code)).to.deep.equal({ ok: true, answers: a });
        expect(decode(builtin, shareLink('https://samenonderwijsmaken.example/partnerscan', code))).to.deep.equal({
          ok: true,
          answers: a,
        });
      }
    });

    it('refuses a broken names part, and cleans what it reads', () => {
      const base = codeFor(rows);
      expect(decode(builtin, `${base}.${nameToCode('A')}`)).to.deep.equal({ ok: false, error: 'format' }); // one part only
      expect(decode(builtin, `${base}.A.`)).to.deep.equal({ ok: false, error: 'format' }); // not base64
      expect(decode(builtin, `${base}.<b>x</b>.`)).to.deep.equal({ ok: false, error: 'format' });
      expect(decode(builtin, `${base}.${'A'.repeat(428)}.`)).to.deep.equal({ ok: false, error: 'format' });
      const hostile = decode(
        builtin,
        `${base}.${nameToCode('  <img src=x onerror=alert(1)>\u202e  ')}.${nameToCode('\n')}`,
      );
      expect(hostile).to.deep.equal({
        ok: true,
        answers: { ...answers(rows), names: { own: '<img src=x onerror=alert(1)>', partner: '' } },
      });
      expect(decode(builtin, `${base}..`)).to.deep.equal({ ok: true, answers: answers(rows) });
    });
  });

  describe('storage and export', () => {
    it('keeps the names in this browser with the answers; old entries restore without them', () => {
      const store = memory();
      const a = named('Basisschool De Linde', '');
      persist(store, builtin.id, { answers: a, view: 'result', step: 10, done: true, partner: null, sent: false });
      expect((restore(store, builtin) as Saved).answers).to.deep.equal(a);
      persist(store, builtin.id, {
        answers: answers(rows),
        view: 'result',
        step: 10,
        done: true,
        partner: null,
        sent: false,
      });
      expect(JSON.parse([...store.data.values()][0]!)).not.to.have.property('names');
      expect((restore(store, builtin) as Saved).answers).to.deep.equal(answers(rows));
      store.data.set(
        [...store.data.keys()][0]!,
        JSON.stringify({ v: 2, answers: {}, desired: {}, names: { own: ['x'], partner: ' P\u0007 ' } }),
      );
      expect((restore(store, builtin) as Saved).answers.names).to.deep.equal({ own: '', partner: 'P' });
    });

    it('puts them in the exported file', () => {
      const o = {
        resolve: (t: Parameters<typeof resolveText>[0]) => resolveText(t, ['nl']),
        generic: ['1', '2', '3', '4', '5'],
        language: 'nl',
        levelLabel: null,
        date: new Date(),
      };
      const a = named('Basisschool De Linde', 'OCMW Gent');
      expect(exportData(builtin, a, score(builtin, a), o).organisations).to.deep.equal({
        own: 'Basisschool De Linde',
        partner: 'OCMW Gent',
      });
      expect(exportData(builtin, answers(rows), score(builtin, answers(rows)), o).organisations).to.deep.equal({
        own: null,
        partner: null,
      });
    });
  });

  describe('<som-self-check>', () => {
    beforeEach(clearState);
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      clearState();
    });

    const pairs = (el: Element) => Array.from(find(el, 'dl.names').children).map((c) => c.textContent);
    const type = async (el: Element, id: string, value: string) => {
      const input = find<HTMLInputElement>(el, `#${id}`);
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
    };

    it('lets the partner type both names: labelled fields, shown on the result and kept in this browser', async () => {
      seed(rows, { view: 'result', done: true });
      const el = await mount();
      expect(findAll(el, 'dl.names')).to.have.length(0);
      expect(find(el, '#sc-names').textContent).to.equal('Over welke samenwerking gaat het?');
      const own = find<HTMLInputElement>(el, '#sc-name-own');
      const partner = find<HTMLInputElement>(el, '#sc-name-partner');
      expect(find(el, 'label[for=sc-name-own]').textContent).to.equal('Naam van jouw organisatie');
      expect(find(el, 'label[for=sc-name-partner]').textContent).to.equal('Naam van de partnerorganisatie');
      expect([own.value, partner.value, own.required, own.maxLength]).to.deep.equal(['', '', false, MAX_NAME]);
      expect(find(el, `#${own.getAttribute('aria-describedby')}`).textContent).to.contain('Niet verplicht.');

      await type(el, 'sc-name-own', '  Basisschool De Linde ');
      await type(el, 'sc-name-partner', 'OCMW Gent');
      expect(pairs(el)).to.deep.equal(['Ingevuld door', 'Basisschool De Linde', 'Samenwerking met', 'OCMW Gent']);
      expect(own.value).to.equal('Basisschool De Linde');
      const saved = JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!);
      expect(saved.names).to.deep.equal({ own: 'Basisschool De Linde', partner: 'OCMW Gent' });
      expect(await axeViolations(el)).to.deep.equal([]);

      el.remove();
      const again = await mount();
      expect(find<HTMLInputElement>(again, '#sc-name-partner').value).to.equal('OCMW Gent');
      expect(text(find(again, 'dl.names'))).to.contain('OCMW Gent');

      // Emptying both removes them.
      await type(again, 'sc-name-own', '');
      await type(again, 'sc-name-partner', ' ');
      expect(findAll(again, 'dl.names')).to.have.length(0);
      expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!)).not.to.have.property('names');
    });

    it('prints the names, not the fields', async () => {
      seed(rows, { view: 'result', done: true });
      const el = await mount();
      await type(el, 'sc-name-own', 'Basisschool De Linde');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(find(el, 'dl.names')).display).not.to.equal('none');
      expect(getComputedStyle(find(el, 'section.names-form')).display).to.equal('none');
    });

    it('puts the names in the share link and the downloaded file, and an old link still compares', async () => {
      seed(rows, { view: 'result', done: true });
      const el = await mount();
      await type(el, 'sc-name-own', 'École Saint-Joseph');
      await type(el, 'sc-name-partner', 'Stad Gent');
      const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
      const realWrite = clipboard.writeText;
      const realCreate = URL.createObjectURL;
      const realClick = HTMLAnchorElement.prototype.click;
      let copied = '';
      let blob: Blob | undefined;
      clipboard.writeText = async (t: string) => void (copied = t);
      URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:x');
      HTMLAnchorElement.prototype.click = () => {};
      try {
        await click(el, 'Kopieer een deelbare link');
        await click(el, 'Download als bestand');
      } finally {
        clipboard.writeText = realWrite;
        URL.createObjectURL = realCreate;
        HTMLAnchorElement.prototype.click = realClick;
      }
      expect(decode(builtin, copied)).to.deep.equal({ ok: true, answers: named('École Saint-Joseph', 'Stad Gent') });
      expect(JSON.parse(await blob!.text()).organisations).to.deep.equal({
        own: 'École Saint-Joseph',
        partner: 'Stad Gent',
      });

      // Changing a name after copying: the old link is not left on screen.
      expect(findAll(el, '#sc-link')).to.have.length(1);
      await type(el, 'sc-name-partner', 'Stad Antwerpen');
      expect(findAll(el, '#sc-link')).to.have.length(0);

      // An old link (no names) still compares.
      const input = find<HTMLInputElement>(el, '#sc-paste');
      input.value = `https://partner.example/scan#som-self-check=${codeFor(uniform(2))}`;
      input.form!.requestSubmit();
      await settle(el);
      expect(findAll(el, 'section.compare')).to.have.length(1);
    });

    it("shows a partner's names, from their link, on their result", async () => {
      const theirs = { ...answers(uniform(4)), names: { own: 'OCMW Gent', partner: 'Basisschool De Linde' } };
      history.replaceState(
        null,
        '',
        `${location.pathname}${location.search}#som-self-check=${encode(builtin, theirs)}`,
      );
      const el = await mount();
      await click(el, 'Bekijk het resultaat van je partner');
      expect(pairs(el)).to.deep.equal(['Ingevuld door', 'OCMW Gent', 'Samenwerking met', 'Basisschool De Linde']);
      expect(findAll(el, '#sc-name-own')).to.have.length(0); // not theirs to edit
      expect(findAll(el, 'img')).to.have.length(0);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('never sends the names with the anonymous scores', async () => {
      const real = window.fetch;
      const bodies: string[] = [];
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'POST') return (bodies.push(String(init.body)), new Response(null, { status: 201 }));
        return real(input, init);
      };
      try {
        seed(rows, { view: 'result', done: true });
        const el = await mount(html`<som-self-check submit-endpoint="/api/self-checks"></som-self-check>`);
        await type(el, 'sc-name-own', 'Basisschool De Linde');
        await type(el, 'sc-name-partner', 'OCMW Gent');
        find<HTMLInputElement>(el, '#sc-consent').click();
        await settle(el);
        await click(el, 'Verstuur de scores');
        await settle(el);
        expect(bodies).to.have.length(1);
        expect(bodies[0]).not.to.contain('Linde');
        expect(bodies[0]).not.to.contain('OCMW');
        expect(Object.keys(JSON.parse(bodies[0]!))).to.deep.equal(['instrumentId', 'overall', 'level', 'dimensions']);
      } finally {
        window.fetch = real;
      }
    });

    it('speaks French, German and English', async () => {
      const expected: Record<string, [string, string, string]> = {
        fr: ['De quel partenariat s’agit-il\u202f?', 'Nom de votre organisation', 'Rempli par'],
        de: ['Um welche Partnerschaft geht es?', 'Name Ihrer Organisation', 'Ausgefüllt von'],
        en: ['Which partnership is this about?', 'Name of your organisation', 'Filled in by'],
      };
      for (const [lang, [title, label, shown]] of Object.entries(expected)) {
        clearState();
        seed(rows, { view: 'result', done: true });
        const el = await mount(html`<som-self-check lang=${lang}></som-self-check>`);
        await new Promise((r) => setTimeout(r, 50));
        await settle(el);
        expect(find(el, '#sc-names').textContent, lang).to.equal(title);
        expect(find(el, 'label[for=sc-name-own]').textContent, lang).to.equal(label);
        await type(el, 'sc-name-own', 'X');
        expect(find(el, 'dl.names dt').textContent, lang).to.equal(shown);
        el.remove();
      }
    });
  });
});
