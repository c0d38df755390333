import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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
  [4, 3],
  [5, 5],
  [2, 3],
  [2, 2],
  [1, 2],
  [1, 2],
  ['n', 3],
  [4, 4],
  [2, 1],
  [4, 3],
];

describe('<som-self-check> result', () => {
  beforeEach(clearState);
  afterEach(clearState);

  it('shows the result and fires som-selfcheck-complete with the scores', async () => {
    seed(mixed, { view: 'review', step: 11 });
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
      expect(alt).to.contain('Hoogste score: Vertrouwen & eigen terrein (5)');
      expect(alt).to.contain('Laagste score: Stemmen die meetellen (1,5)');
      expect(svg.querySelectorAll('polygon.series.now')).to.have.length(1);
      expect(svg.querySelectorAll('polygon.series.desired')).to.have.length(0);
    }
    const visible = radar.filter((svg) => getComputedStyle(svg).display !== 'none');
    expect(visible).to.have.length(1);

    const rows = findAll<HTMLTableRowElement>(el, 'section.scores tbody tr');
    expect(rows).to.have.length(12);
    expect(rows[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('1. Gedeelde doelen Sterkte 4,5');
    expect(rows[5]!.textContent!.replace(/\s+/g, ' ')).to.contain('Bespreken'); // 2: a stage, not a failure
    expect(rows[6]!.textContent!.replace(/\s+/g, ' ')).to.contain('Werkpunt');
    expect(rows[8]!.querySelector('td.value')!.textContent!.trim()).to.equal('3'); // "weet niet" left out of the mean

    expect(findAll(el, 'section.top.high .card h4').map((h) => h.firstElementChild!.textContent)).to.deep.equal([
      'Vertrouwen & eigen terrein',
      'Gedeelde doelen',
      'Rollen & ondersteuning',
    ]);
    expect(findAll(el, 'section.top.low .card h4').map((h) => h.firstElementChild!.textContent)).to.deep.equal([
      'Stemmen die meetellen',
      'Middelen delen',
      'Omgaan met verschillen',
    ]);
    const card = find(el, 'section.top.low .card');
    expect(card.textContent).to.contain('Tip: Vraag aan een paar leerlingen');
    expect(card.textContent).to.contain('Om samen over te praten: Zijn er stemmen die missen?');
    // The summary counts what the table shows.
    expect(t).to.contain('Goed zitten: 3 van de 12 beantwoorde onderdelen.');
    expect(t).to.contain('Om aan te werken: 9 onderdelen.');
    expect(t).to.contain('En nog 6 andere: zie de tabel.');
    expect(t).to.contain('Een ruil. Elke partner geeft iets en krijgt iets terug.');
    expect(await axeViolations(el)).to.deep.equal([]);

    // A return visit opens on the result.
    el.remove();
    const again = await mount();
    expect(find(again, 'h2').textContent).to.equal('Jullie resultaat');
  });

  it('judges each dimension against the desired state, in the table and the lists alike', async () => {
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
      'Oordeel',
    ]);
    const verdict = (label: string) =>
      findAll(el, 'section.scores tbody tr')
        .find((tr) => tr.textContent!.includes(label))!
        .querySelector('td.wide-col')!
        .textContent!.trim();
    // Middelen delen at 1.5 with desired 2: growth, not red.
    expect(verdict('Middelen delen')).to.equal('Groeien');
    expect(verdict('Contact & communicatie')).to.equal('Groeien');
    expect(verdict('Wederkerigheid')).to.equal('Werkpunt');
    expect(findAll(el, 'section.top.low .card h4').map((h) => h.firstElementChild!.textContent)).to.deep.equal([
      'Wederkerigheid',
      'Stemmen die meetellen',
      'Omgaan met verschillen',
    ]);
    expect(find(el, 'section.top.low .card').textContent).to.contain('Nu 2,5, gewenst 5.');
    expect(find(el, '#sc-radar-alt').textContent).to.contain('Stippellijn: waar jullie naartoe willen.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('never says "geen werkpunten" beside red labels: every desired state far above the current one', async () => {
    seed(uniform(3, 3, 5), { view: 'result', done: true });
    const el = await mount();
    const t = text(el);
    expect(findAll(el, 'section.scores td.wide-col .werkpunt')).to.have.length(12);
    expect(t).to.contain('Om aan te werken: 12 onderdelen.');
    expect(t).not.to.contain('Geen onderdeel vraagt werk');
    expect(findAll(el, 'section.top.high .card')).to.have.length(0);
    expect(t).to.contain('Nog geen onderdeel is een sterkte of past al bij jullie keuze.');
  });

  it('says "past bij jullie keuze" where current meets desired, without red and without a push', async () => {
    seed(uniform(2, 2, 2), { view: 'result', done: true });
    const el = await mount();
    const t = text(el);
    expect(findAll(el, 'section.scores td.wide-col .past')).to.have.length(12);
    expect(findAll(el, '.werkpunt')).to.have.length(0);
    expect(t).to.contain('Geen onderdeel vraagt werk');
    expect(findAll(el, 'section.top.low .card')).to.have.length(0);
    const card = find(el, 'section.top.high .card');
    expect(card.textContent).to.contain('Dit past bij wat jullie willen.');
    expect(card.textContent).not.to.contain('Tip:');
  });

  it('names a desired state below the current one', async () => {
    seed(withRows(uniform(4, 4, 4), { middelen: [4, 4, 2] }), { view: 'result', done: true });
    const el = await mount();
    expect(text(el)).to.contain('Bij Middelen delen willen jullie minder dan nu. Is dat een bewuste keuze?');
    expect(findAll(el, 'section.scores td.wide-col .minder')).to.have.length(1);
  });

  it('gives no level from one answer, and says how many are needed', async () => {
    seed(
      uniform(0).map((row, i) => (i === 0 ? [5, 0] : row)),
      { view: 'result', done: true },
    );
    const el = await mount();
    const t = text(el);
    expect(find(el, '.level-name').textContent).to.equal('Nog geen niveau');
    expect(t).to.contain('1 van de 12 onderdelen hebben een antwoord. Voor een niveau zijn er minstens 8 nodig.');
    expect(findAll(el, '.spectrum li[aria-current]')).to.have.length(0);
    expect(t).not.to.contain('Samenwerken Hier staan jullie');
  });

  it('calls unanswered parts of a level’s condition unanswered, not "must reach 4"', async () => {
    seed(withRows(uniform(5), { trekkerschap: ['n', 'n'] }), { view: 'result', done: true });
    const el = await mount();
    const t = text(el);
    expect(find(el, '.level-name').textContent).to.equal('Samenwerken');
    expect(t).to.contain('Jullie gemiddelde is hoog genoeg voor “Integreren”.');
    expect(t).to.contain('Deze onderdelen die daarvoor tellen, hebben geen antwoord: Rollen & ondersteuning.');
    expect(t).not.to.contain('minstens 4 halen');
    expect(t).to.contain('Daarom blijft het niveau “Samenwerken”.');
  });

  it('shows the whole spectrum, its ends as no level of a pair, and points collective impact to a network check', async () => {
    seed(uniform(5, 4), { view: 'result', done: true });
    const el = await mount();
    const steps = findAll(el, '.spectrum li').map((li) => li.querySelector('.level-label')!.textContent);
    expect(steps).to.deep.equal([
      'Concurreren',
      'Co-existeren',
      'Communiceren',
      'Meewerken',
      'Coördineren',
      'Samenwerken',
      'Integreren',
      'Collectieve impact',
    ]);
    expect(findAll(el, '.spectrum li.outside').map((li) => text(li))).to.deep.equal([
      'Concurreren Geen niveau voor twee partners',
      'Collectieve impact Geen niveau voor twee partners',
    ]);
    expect(find(el, '.level-name').textContent).to.equal('Integreren');
    const t = text(el);
    expect(t).to.contain(
      'Van links naar rechts groeit het vertrouwen, en beschermt elke partner minder zijn eigen terrein.',
    );
    expect(t).to.contain('Collectieve impact is geen niveau voor twee partners.');
    expect(t).to.contain('Doe dan met alle partners samen een netwerkcheck.');
    expect(t).to.contain('Samen veranderen.');
  });

  it('compares with the level the partners aim for', async () => {
    seed(uniform(3), { view: 'result', done: true, intended: 'samenwerken' });
    const el = await mount();
    expect(text(el)).to.contain('Jullie willen “Samenwerken”. Nu staan jullie bij “Coördineren”.');
    expect(text(find(el, '.spectrum li .aim-mark').parentElement!)).to.equal('Samenwerken Dit willen jullie');
  });

  it('ends with the planning questions and "wie doet wat tegen wanneer", printed with the result', async () => {
    seed(mixed, { view: 'result', done: true });
    const el = await mount();
    const plan = find(el, 'section.plan');
    expect(findAll(plan, '.plan-questions li').map((li) => li.textContent)).to.deep.equal([
      'Wat willen we bereiken?',
      'Hoe pakken we het aan?',
      'Wat of wie hebben we nodig?',
    ]);
    expect(find(plan, 'caption').textContent).to.equal('Wie doet wat tegen wanneer?');
    expect(findAll(plan, 'tbody tr').map((tr) => tr.firstElementChild!.textContent)).to.deep.equal([
      'Stemmen die meetellen',
      'Middelen delen',
      'Omgaan met verschillen',
    ]);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(plan).display).not.to.equal('none');
      expect(getComputedStyle(find(el, 'section.actions')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('says "not enough answers" instead of a score of 0', async () => {
    seed(uniform('n' as never), { view: 'result', done: true });
    const el = await mount();
    expect(text(el)).to.contain('Er zijn te weinig antwoorden om een resultaat te tonen.');
    expect(findAll(el, 'svg.radar')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows partly answered results with a note and "geen antwoord" per dimension', async () => {
    seed(withRows(uniform(4), { stemmen: ['n', 'x'], leren: [0, 0] }), { view: 'result', done: true });
    const el = await mount();
    expect(text(el)).to.contain('10 van de 12 onderdelen hebben een antwoord.');
    expect(text(el)).to.contain('Zonder antwoord: Stemmen die meetellen en Samen leren & groeien.');
    const last = findAll(el, 'section.scores tbody tr').at(-1)!;
    expect(last.textContent).to.contain('Geen antwoord');
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
    expect(data.dimensions).to.have.length(12);
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
