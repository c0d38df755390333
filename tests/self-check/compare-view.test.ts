import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations, deepElements, settle } from '../helpers.js';
import {
  clearState,
  click,
  codeFor,
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

const mine: Row[] = withRows(uniform(3), {
  invloed: [4, 5],
  wederkerigheid: [4, 4],
  trekkerschap: [5, 5],
  leren: [2, 2],
});
const theirs: Row[] = withRows(uniform(3), {
  invloed: [2, 2],
  wederkerigheid: [3, 3],
  trekkerschap: [3, 4],
  stemmen: [4, 3],
  waarden: ['n', 3],
});

const openWith = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);

describe('<som-self-check> comparing two partners', () => {
  beforeEach(clearState);
  afterEach(clearState);

  it('shows a partner’s link next to your own result, as a conversation and not a verdict', async function () {
    // A long page for axe on a shared machine.
    this.timeout(30_000);
    seed(mine, { view: 'result', done: true });
    openWith(`som-self-check=${codeFor(theirs)}`);
    const el = await mount();
    // The comparison is its own chunk: on a busy machine it may take longer than settle() waits.
    await waitUntil(() => findAll(el, '#sc-compare').length === 1, 'the comparison', { timeout: 20_000 });
    expect(find(el, '#sc-compare').textContent).to.equal('Jij en je partner');
    const radar = findAll(el, 'section.compare svg.radar')[0]!;
    expect(radar.querySelectorAll('polygon.series.now, polygon.series.partner')).to.have.length(2);
    expect(find(el, '#sc-compare-alt').textContent).to.contain('die van je partner (stippellijn)');
    const section = find(el, 'section.compare');
    const t = text(section);
    expect(t).to.contain('Jouw niveau: Coördineren. Het niveau van je partner: Coördineren.');

    // Per dimension, largest difference first: the descriptions each chose, side by side, in neutral colours.
    const rows = findAll(el, '.side-by-side > li').map((li) => [
      li.querySelector('h5 span:nth-child(2)')!.textContent,
      li.querySelector('h5 .status')?.textContent ?? '',
    ]);
    expect(rows.slice(0, 5)).to.deep.equal([
      ['Wederzijdse invloed', 'Groot verschil'],
      ['Rollen & ondersteuning', 'Groot verschil'],
      ['Wederkerigheid', 'Verschil'],
      ['Samen leren & groeien', 'Verschil'],
      ['Stemmen die meetellen', ''],
    ]);
    expect(findAll(el, '.side-by-side > li.flagged')).to.have.length(4);
    const invloed = text(findAll(el, '.side-by-side > li')[0]!);
    expect(invloed).to.contain('Wie neemt de beslissingen over de samenwerking?');
    expect(invloed).to.contain('Jij: We beslissen de meeste dingen samen.');
    expect(invloed).to.contain('Je partner: Eén partner beslist. De andere mag soms meedenken.');
    expect(deepElements(section).filter((e) => e.matches('.werkpunt, .status.werkpunt'))).to.deep.equal([]);
    expect(getComputedStyle(find(el, '.side-by-side .gesprekspunt')).color).not.to.equal(
      getComputedStyle(find(el, '.side-by-side .gesprekspunt')).getPropertyValue('--_danger'),
    );

    // The equity signal is a question, not a verdict.
    const flag = text(find(el, '.flag'));
    expect(flag).to.contain('Een vraag over evenwicht');
    expect(flag).to.contain(
      'Bij “Wederzijdse invloed” kies jij een veel sterkere beschrijving dan je partner. Hoe komt dat?',
    );
    expect(flag).to.contain('Bij “Wederkerigheid” kies jij een veel sterkere beschrijving dan je partner.');
    expect(flag).to.contain('Beslist of krijgt de ene partner meer dan de andere merkt?');

    // The three largest differences start the conversation, with the two descriptions that lie furthest apart.
    const starters = findAll(el, '.starters > li');
    expect(starters).to.have.length(3);
    const first = text(starters[0]!);
    expect(first).to.contain('Bij “Wederzijdse invloed” zien jullie het anders:');
    expect(first).to.contain('Heeft jouw organisatie invloed op de samenwerking?');
    expect(first).to.contain('Jij: Ja, en dat geldt evenveel voor elke partner.');
    expect(first).to.contain('Je partner: Weinig: de partner vraagt onze mening, maar er verandert weinig.');
    expect(first).to.contain('Welke beslissing van het voorbije jaar namen jullie echt samen?');

    // A "weet niet" on one side only is raised.
    expect(t).to.contain('Wat de een niet weet');
    expect(t).to.contain(
      'Je partner koos “weet niet” bij “Weten jullie wat elke partner belangrijk vindt in het werk met leerlingen, gezinnen en buurt?”.',
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows both desired states side by side', async () => {
    seed(withRows(mine, { middelen: [3, 3, 4] }), { view: 'result', done: true });
    openWith(`som-self-check=${codeFor(withRows(theirs, { middelen: [3, 3, 2] }))}`);
    const el = await mount();
    const middelen = findAll(el, '.side-by-side > li').find((li) => text(li).includes('Middelen delen'))!;
    expect(text(middelen)).to.match(
      /Waar jullie naartoe willen\s*Jij: Samen inbrengen\s*Je partner: Af en toe iets lenen/,
    );
  });

  it('compares a pasted link, keeps it for the next visit, and closes it', async () => {
    seed(mine, { view: 'result', done: true });
    let el = await mount();
    expect(findAll(el, 'section.compare')).to.have.length(0);
    const input = find<HTMLInputElement>(el, '#sc-paste');
    input.value = `https://partner.example/partnerscan#som-self-check=${codeFor(theirs)}`;
    find<HTMLFormElement>(el, 'form').requestSubmit();
    await settle(el);
    expect(focused()).to.equal(find(el, '#sc-compare'));
    expect(input.value).to.equal('');
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!).partner).to.equal(codeFor(theirs));

    el.remove();
    el = await mount();
    expect(findAll(el, 'section.compare')).to.have.length(1);
    await click(el, 'Vergelijking sluiten');
    expect(findAll(el, 'section.compare')).to.have.length(0);
    expect(focused()!.textContent).to.equal('Jullie resultaat');
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!).partner).to.equal(null);
  });

  it('picks up a link pasted into the address bar later', async () => {
    seed(mine, { view: 'result', done: true });
    const el = await mount();
    location.hash = `som-self-check=${codeFor(theirs)}`;
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(findAll(el, 'section.compare')).to.have.length(1);
    expect(focused()).to.equal(find(el, '#sc-compare'));
  });

  describe('refuses a bad or malicious code with a message, never as markup', () => {
    const pwned = () => (window as unknown as { pwned?: boolean }).pwned;
    const cases: [string, string, string][] = [
      ['garbage', 'dit is geen code', 'Dit is geen geldige resultaatlink of code.'],
      [
        'an image with an event handler',
        '<img src=x onerror="window.pwned=true">',
        'Dit is geen geldige resultaatlink of code.',
      ],
      [
        'a script in a link',
        `https://x.example/#som-self-check=${codeFor(theirs)}<script>window.pwned=true</script>`,
        'Dit is geen geldige resultaatlink of code.',
      ],
      ['a huge paste', `#som-self-check=1.som-partnerscan.${'3'.repeat(5000)}.`, 'Deze tekst is te lang.'],
      [
        'another self-check',
        codeFor(theirs).replace('som-partnerscan', 'andere-scan'),
        'Deze link hoort bij een andere zelfscan.',
      ],
      [
        'an answer that does not exist',
        codeFor(theirs).replace('.33', '.93'),
        'Dit is geen geldige resultaatlink of code.',
      ],
      ['an option out of range', codeFor(theirs).replace('.33', '.73'), 'Deze link bevat antwoorden die niet bestaan.'],
      ['nothing', '   ', 'Plak eerst een link of een code.'],
    ];
    for (const [what, input, message] of cases) {
      it(what, async () => {
        seed(mine, { view: 'result', done: true });
        const el = await mount();
        const field = find<HTMLInputElement>(el, '#sc-paste');
        field.value = input;
        find<HTMLFormElement>(el, 'form').requestSubmit();
        await settle(el);
        expect(find(el, '#sc-paste-error').textContent).to.contain(message);
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(focused()).to.equal(field);
        expect(findAll(el, 'section.compare')).to.have.length(0);
        expect(
          deepElements(el).filter(
            (e) => /^(img|script|svg)$/i.test(e.localName) && !e.closest('figure, .legend, td, .key'),
          ),
        ).to.deep.equal([]);
        expect(pwned()).to.equal(undefined);
      });
    }
  });

  it('refuses a malicious link in the page address with a message', async () => {
    openWith(`som-self-check=${encodeURIComponent('<img src=x onerror="window.pwned=true">')}`);
    const el = await mount();
    expect(find(el, '[role=alert]').textContent).to.contain(
      'De gedeelde link kon niet gelezen worden. Dit is geen geldige resultaatlink of code.',
    );
    expect(findAll(el, 'img')).to.deep.equal([]);
    expect(await axeViolations(el)).to.deep.equal([]);

    clearState();
    seed(mine, { view: 'result', done: true });
    openWith(`som-self-check=1.som-partnerscan.${'9'.repeat(24)}.`);
    const done = await mount();
    expect(text(done)).to.contain('De gedeelde link kon niet gelezen worden.');
    expect(findAll(done, 'section.compare')).to.have.length(0);
  });

  it('before your own result: says so, and can show the partner’s result on its own', async () => {
    openWith(`som-self-check=${codeFor(theirs)}`);
    const el = await mount();
    expect(text(el)).to.contain('Je opende de resultaatlink van een partner. Vul eerst zelf de zelfscan in.');
    await click(el, 'Bekijk het resultaat van je partner');
    expect(focused()!.textContent).to.equal('Resultaat van je partner');
    const t = text(el);
    expect(t).to.contain('Dit resultaat komt uit een gedeelde link.');
    expect(t).not.to.contain('Kopieer een deelbare link');
    expect(t).not.to.contain('Vergelijk met een partner');
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, 'Vul zelf de zelfscan in');
    expect(focused()!.textContent).to.equal('Gedeelde doelen');
  });
});
