import { expect, oneEvent } from '@open-wc/testing';
import { axeViolations, settle } from '../helpers.js';
import { decode } from '../../src/self-check/share.js';
import { score, summary } from '../../src/self-check/scoring.js';
import {
  answers,
  builtin,
  button,
  clearState,
  click,
  find,
  findAll,
  focused,
  mount,
  seed,
  text,
  uniform,
  withRows,
  type Row,
} from './helpers.js';

const mixed: Row[] = [
  [5, 4],
  [4, 3],
  [5, 5],
  [2, 3],
  [2, 2],
  [1, 2],
  [3, 2],
  [4, 4],
  ['n', 3],
  [2, 1],
  [4, 3],
];

describe('<som-self-check> result', () => {
  beforeEach(clearState);
  afterEach(clearState);

  it('shows the result and fires som-selfcheck-complete with the scores', async () => {
    seed(mixed, { view: 'review', step: 10 });
    const el = await mount();
    const event = oneEvent(document, 'som-selfcheck-complete');
    button(el, 'Bekijk het resultaat').click();
    const { detail, target, bubbles, composed } = await event;
    await settle(el);
    expect([target, bubbles, composed]).to.deep.equal([el, true, true]);
    expect(detail).to.deep.equal(summary(score(builtin, answers(mixed))));
    expect(detail.level).to.equal('coordineren');
    expect(focused()!.textContent).to.equal('Jullie resultaat');

    const t = text(el);
    expect(t).to.contain('Jullie samenwerking zit nu op dit niveau: Coördineren');
    expect(t).to.contain(`Gemiddelde score: ${String(detail.overall).replace('.', ',')} op 5`);
    expect(t).to.contain('Hoger is niet altijd beter.');
    const current = findAll(el, '.spectrum li[aria-current="step"]');
    expect(current.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Coördineren Hier staan jullie',
    ]);

    const radar = findAll<SVGSVGElement>(el, 'svg.radar');
    expect(radar).to.have.length(2); // a wide and a narrow variant; CSS shows one
    for (const svg of radar) {
      expect(svg.getAttribute('role')).to.equal('img');
      const alt = find(el, `#${svg.getAttribute('aria-labelledby')}`).textContent!;
      expect(alt).to.contain('Radargrafiek van de score per onderdeel');
      expect(alt).to.contain('Hoogste score: Vertrouwen & nabijheid (5)');
      expect(alt).to.contain('Laagste score: Middelen delen (1,5)');
      expect(svg.querySelectorAll('polygon.series.now')).to.have.length(1);
      expect(svg.querySelectorAll('polygon.series.desired')).to.have.length(0);
    }
    const visible = radar.filter((svg) => getComputedStyle(svg).display !== 'none');
    expect(visible).to.have.length(1);

    const rows = findAll<HTMLTableRowElement>(el, 'section.scores tbody tr');
    expect(rows).to.have.length(11);
    expect(rows[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('1. Gedeelde doelen Sterkte 4,5');
    expect(rows[5]!.textContent!.replace(/\s+/g, ' ')).to.contain('Werkpunt');
    expect(rows[8]!.querySelector('td.value')!.textContent!.trim()).to.equal('3'); // "weet niet" left out of the mean

    expect(findAll(el, 'section.top.high .card h4').map((h) => h.firstElementChild!.textContent)).to.deep.equal([
      'Vertrouwen & nabijheid',
      'Gedeelde doelen',
      'Rollen & trekkerschap',
    ]);
    expect(findAll(el, 'section.top.low .card h4').map((h) => h.firstElementChild!.textContent)).to.deep.equal([
      'Middelen delen',
      'Samen meten & leren',
      'Wederzijdse invloed',
    ]);
    const card = find(el, 'section.top.low .card');
    expect(card.textContent).to.contain('Tip: Begin klein');
    expect(card.textContent).to.contain('Om samen over te praten: Wat heeft de ene partner');
    expect(await axeViolations(el)).to.deep.equal([]);

    // A return visit opens on the result.
    el.remove();
    const again = await mount();
    expect(find(again, 'h2').textContent).to.equal('Jullie resultaat');
  });

  it('draws the desired state dashed, adds it to the table and ranks work points by the gap', async () => {
    seed(withRows(mixed, { middelen: [1, 2, 2], wederkerigheid: [3, 2, 5], communicatie: [4, 3, 5] }), {
      view: 'result',
      done: true,
    });
    const el = await mount();
    const svg = findAll(el, 'svg.radar')[0]!;
    expect(svg.querySelectorAll('polygon.series.desired')).to.have.length(1);
    expect(svg.querySelectorAll('rect.dot.desired')).to.have.length(3);
    expect(findAll(el, 'section.scores thead th').map((th) => th.textContent!.trim())).to.deep.equal([
      'Onderdeel',
      'Nu',
      'Gewenst',
      'Beoordeling',
    ]);
    expect(text(el)).to.contain('Eerst de onderdelen met het grootste verschil');
    expect(findAll(el, 'section.top.low .card h4').map((h) => h.firstElementChild!.textContent)).to.deep.equal([
      'Wederkerigheid',
      'Contact & communicatie',
      'Middelen delen',
    ]);
    expect(find(el, 'section.top.low .card').textContent).to.contain('Nu 2,5, gewenst 5.');
    expect(find(el, '#sc-radar-alt').textContent).to.contain('Stippellijn: waar jullie naartoe willen.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps collective impact for when its conditions are met', async () => {
    seed(withRows(uniform(5), { leren: [3, 4] }), { view: 'result', done: true });
    const el = await mount();
    const t = text(el);
    expect(find(el, '.level-name').textContent).to.equal('Samenwerken');
    expect(t).to.contain('Jullie gemiddelde is hoog genoeg voor “Collectieve impact”.');
    expect(t).to.contain('minstens 4 halen: Samen meten & leren.');
    expect(findAll(el, 'section.top.high .card')).to.have.length(3);
  });

  it('reaches collective impact, with no work points', async () => {
    seed(uniform(5, 4), { view: 'result', done: true });
    const el = await mount();
    expect(find(el, '.level-name').textContent).to.equal('Collectieve impact');
    expect(text(el)).to.contain('Er zijn geen werkpunten: alle onderdelen halen 3 of meer.');
  });

  it('says "not enough answers" instead of a score of 0', async () => {
    seed(uniform('n' as never), { view: 'result', done: true });
    const el = await mount();
    expect(text(el)).to.contain('Er zijn te weinig antwoorden om een resultaat te tonen.');
    expect(findAll(el, 'svg.radar')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows partly answered results with a note and "not enough answers" per dimension', async () => {
    seed(withRows(uniform(4), { groei: ['n', 'n'], leren: [0, 0] }), { view: 'result', done: true });
    const el = await mount();
    expect(text(el)).to.contain('9 van de 11 onderdelen hebben een antwoord.');
    const last = findAll(el, 'section.scores tbody tr').at(-1)!;
    expect(last.textContent).to.contain('Niet genoeg antwoorden');
    expect(last.querySelector('td.value')!.textContent!.trim()).to.equal('–');
  });

  it('copies a share link that carries the answers in the fragment', async () => {
    seed(mixed, { view: 'result', done: true });
    const el = await mount();
    const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
    let copied = '';
    const real = clipboard.writeText;
    clipboard.writeText = async (t: string) => void (copied = t);
    try {
      await click(el, 'Kopieer een deelbare link');
      expect(text(el)).to.contain('De link is gekopieerd.');
      expect(copied.startsWith(`${location.href.split('#')[0]}#som-self-check=1.som-partnerscan.`)).to.be.true;
      expect(find<HTMLInputElement>(el, '#sc-link').value).to.equal(copied);
      expect(decode(builtin, copied)).to.deep.equal({ ok: true, answers: answers(mixed) });
      expect(await axeViolations(el)).to.deep.equal([]);

      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      await click(el, 'Kopieer een deelbare link');
      expect(text(el)).to.contain('Kopiëren lukte niet. Selecteer de link hieronder');
      expect(focused()).to.equal(find(el, '#sc-link'));
    } finally {
      clipboard.writeText = real;
    }
  });

  it('downloads the result as a JSON file and prints', async () => {
    seed(mixed, { view: 'result', done: true });
    const el = await mount();
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    const realPrint = window.print;
    let blob: Blob | undefined;
    let download = '';
    let printed = 0;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:x');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      download = this.download;
    };
    window.print = () => void printed++;
    try {
      await click(el, 'Download als bestand');
      await click(el, 'Afdrukken');
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
      window.print = realPrint;
    }
    expect(download).to.match(/^zelfscan-\d{4}-\d{2}-\d{2}\.json$/);
    expect(blob!.type).to.equal('application/json');
    const data = JSON.parse(await blob!.text());
    expect(data.instrument.id).to.equal('som-partnerscan');
    expect(data.level).to.deep.equal({ id: 'coordineren', label: 'Coördineren' });
    expect(data.dimensions).to.have.length(11);
    expect(data.dimensions[8].questions[0]).to.deep.include({ notKnown: true, answer: null });
    expect(printed).to.equal(1);
  });

  it('goes back to the review to change answers', async () => {
    seed(mixed, { view: 'result', done: true });
    const el = await mount();
    await click(el, 'Antwoorden aanpassen');
    expect(focused()!.textContent).to.equal('Overzicht van je antwoorden');
  });
});
