import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, settle } from '../helpers.js';
import {
  accessibleName,
  button,
  choose,
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
} from './helpers.js';

describe('<som-self-check> questionnaire', () => {
  beforeEach(clearState);
  afterEach(clearState);

  it('runs the built-in instrument without a feed: an intro, no loading or feed error', async () => {
    const calls: string[] = [];
    const real = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (calls.push(String(input)), real(input, init));
    try {
      const el = await mount();
      const t = text(el);
      expect(find(el, 'h2').textContent).to.equal('Zelfscan partnerschap');
      expect(t).to.contain('Duurt ongeveer 10 minuten.');
      expect(t).to.contain('12 onderdelen, met telkens 2 vragen en één extra vraag die niet verplicht is.');
      expect(t).to.contain('Je antwoorden blijven op dit toestel');
      expect(t).not.to.contain('Er is geen bron');
      expect(findAll(el, '[aria-busy="true"], .error')).to.have.length(0);
      expect(button(el, 'Start de zelfscan')).to.exist;
      expect(calls.filter((u) => u.endsWith('.json'))).to.deep.equal([]);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      window.fetch = real;
    }
  });

  it('tells what the self-check rests on', async () => {
    const el = await mount();
    const about = find<HTMLDetailsElement>(el, 'details.about');
    expect(about.querySelector('summary')!.textContent).to.equal('Over deze zelfscan');
    expect(about.textContent).to.contain('Bringle, Clayton & Price (2009)');
    expect(about.textContent).to.contain('Kania & Kramer (2011)');
  });

  it('asks one dimension per step, with progress, radio groups and focus on the heading', async () => {
    const el = await mount();
    await click(el, 'Start de zelfscan');
    const heading = find(el, 'h2');
    expect(heading.textContent).to.equal('Gedeelde doelen');
    expect(focused()).to.equal(heading);
    expect(text(el)).to.contain('Stap 1 van 12');
    const progress = find<HTMLProgressElement>(el, 'progress');
    expect([progress.value, progress.max]).to.deep.equal([1, 12]);
    const [aim, ...groups] = findAll<HTMLFieldSetElement>(el, 'fieldset');
    // The intended level is asked up front, optional.
    expect(aim!.querySelector('legend')!.textContent!.trim()).to.equal(
      'Eerst: welke samenwerking willen jullie? Niet verplicht.',
    );
    expect(aim!.querySelectorAll('input[type=radio]')).to.have.length(6);
    expect(groups.map((g) => g.querySelector('legend')!.textContent!.trim())).to.deep.equal([
      'Hoe goed kennen jullie elkaars doelen?',
      'Passen jullie doelen bij de opdracht van elke partner?',
      'Waar willen jullie over een jaar staan? Niet verplicht.',
    ]);
    const first = Array.from(groups[0]!.querySelectorAll('label'));
    expect(first.map((l) => l.textContent!.trim())).to.deep.equal([
      'We kennen de doelen van de partner niet.',
      'We weten ongeveer wat de partner wil bereiken.',
      'We kennen elkaars doelen en zien waar ze overlappen.',
      'We hebben samen een paar doelen afgesproken.',
      'We hebben één gezamenlijk plan en werken er samen aan.',
      'Weet niet',
      'Niet van toepassing',
    ]);
    expect(
      new Set(Array.from(groups[0]!.querySelectorAll('input')).map((i) => (i as HTMLInputElement).name)).size,
    ).to.equal(1);
    expect(await axeViolations(el)).to.deep.equal([]);

    await click(el, 'Volgende');
    expect(find(el, 'h2').textContent).to.equal('Gedeelde waarden');
    expect(focused()).to.equal(find(el, 'h2'));
    expect(text(el)).to.contain('Stap 2 van 12');
    expect(findAll(el, 'fieldset.aim')).to.have.length(0);
    await click(el, 'Vorige');
    await click(el, 'Vorige');
    expect(find(el, 'h2').textContent).to.equal('Zelfscan partnerschap');
  });

  it('can be completed by keyboard', async () => {
    const el = await mount();
    button(el, 'Start de zelfscan').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused()!.textContent).to.equal('Gedeelde doelen');
    await sendKeys({ press: 'Tab' }); // the intended level (optional)
    await sendKeys({ press: 'Tab' }); // the first question's first option
    await sendKeys({ press: 'ArrowDown' }); // ... moves to and chooses the second
    await sendKeys({ press: 'Tab' }); // the second question
    await sendKeys({ press: 'Space' });
    await settle(el);
    const saved = JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!);
    expect(saved.answers).to.deep.equal({
      'gedeelde-doelen/gedeelde-doelen-1': 1,
      'gedeelde-doelen/gedeelde-doelen-2': 0,
    });
    await sendKeys({ press: 'Tab' }); // the desired state
    await sendKeys({ press: 'Tab' }); // Vorige
    await sendKeys({ press: 'Tab' }); // Volgende
    expect(focused()!.textContent!.trim()).to.equal('Volgende');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused()!.textContent).to.equal('Gedeelde waarden');
  });

  it('keeps the answers on this device and continues after a reload', async () => {
    let el = await mount();
    await click(el, 'Start de zelfscan');
    await choose(el, 0, 3);
    await choose(el, 1, -1);
    await click(el, 'Volgende');
    el.remove();

    el = await mount();
    expect(find(el, 'h2').textContent).to.equal('Gedeelde waarden');
    expect(focused()).not.to.equal(find(el, 'h2')); // a page load does not move focus
    await click(el, 'Vorige');
    const [q1, q2] = findAll(el, 'fieldset.question:not(.desired):not(.aim)');
    expect(Array.from(q1!.querySelectorAll<HTMLInputElement>('input')).map((i) => i.checked)).to.deep.equal([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(Array.from(q2!.querySelectorAll<HTMLInputElement>('input')).at(-1)!.checked).to.be.true;
  });

  it('offers to continue from the intro', async () => {
    seed(uniform(3).slice(0, 2), { view: 'intro', step: 2 });
    const el = await mount();
    expect(button(el, 'Ga verder bij stap 3')).to.exist;
    await click(el, 'Ga verder bij stap 3');
    expect(find(el, 'h2').textContent).to.equal('Contact & communicatie');
  });

  it('starts over only after confirmation', async () => {
    seed(uniform(4), { view: 'intro', step: 5 });
    const el = await mount();
    await click(el, 'Opnieuw beginnen');
    const dialog = find<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.be.true;
    expect(dialog.textContent).to.contain('Al je antwoorden op dit toestel worden gewist.');
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, 'Annuleren');
    expect(dialog.open).to.be.false;
    expect(localStorage.getItem('som-self-check:som-partnerscan')).to.contain('"view":"intro"');
    await click(el, 'Opnieuw beginnen');
    await click(el, 'Ja, wis alles');
    expect(dialog.open).to.be.false;
    expect(button(el, 'Start de zelfscan')).to.exist;
    expect(focused()!.textContent).to.equal('Zelfscan partnerschap');
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!).answers).to.deep.equal({});
  });

  it('reviews every answer and jumps back to a step to change it', async () => {
    seed(withRows(uniform(4), { communicatie: ['n', 2, 5], activiteiten: [0, 3], stemmen: ['x', 4] }), {
      view: 'review',
      step: 11,
      intended: 'samenwerken',
    });
    const el = await mount();
    const t = text(el);
    expect(find(el, 'h2').textContent).to.equal('Overzicht van je antwoorden');
    expect(t).to.contain('1 van de 24 vragen hebben geen antwoord.');
    expect(t).to.contain('Weet niet');
    expect(t).to.contain('Niet van toepassing');
    expect(t).to.match(/Welke samenwerking jullie willen ?Samenwerken/);
    expect(t).to.contain('Geen antwoord');
    expect(t).to.match(/Waar jullie naartoe willen ?Vlot en open contact/);
    expect(t).to.contain('We hebben samen een paar doelen afgesproken.');
    expect(findAll(el, '.review-list > li')).to.have.length(12);
    expect(await axeViolations(el)).to.deep.equal([]);

    // The accessible name of each "Wijzig" button, without a space before the colon.
    const edits = findAll<HTMLButtonElement>(el, '.review-list button').map(accessibleName);
    expect(edits.slice(0, 4)).to.deep.equal([
      'Wijzig: Gedeelde doelen',
      'Wijzig: Gedeelde waarden',
      'Wijzig: Contact & communicatie',
      'Wijzig: Vertrouwen & eigen terrein',
    ]);
    expect(edits).to.have.length(12);
    findAll<HTMLButtonElement>(el, '.review-list button')[4]!.click();
    await settle(el);
    expect(find(el, 'h2').textContent).to.equal('Samen in actie');
    expect(focused()).to.equal(find(el, 'h2'));
    await choose(el, 0, 4);
    await click(el, 'Terug naar het overzicht');
    expect(focused()!.textContent).to.equal('Overzicht van je antwoorden');
    expect(text(el)).not.to.contain('hebben geen antwoord');
  });

  it('makes the desired state optional and lets it be cleared', async () => {
    const el = await mount();
    await click(el, 'Start de zelfscan');
    expect(findAll(el, 'button.link')).to.have.length(0);
    const desired = find(el, 'fieldset.desired');
    expect(Array.from(desired.querySelectorAll('label')).map((l) => l.textContent!.trim())).to.deep.equal([
      'Elkaars doelen niet kennen',
      'Ongeveer weten wat de ander wil',
      'Elkaars doelen kennen',
      'Samen enkele doelen afspreken',
      'Eén gezamenlijk plan',
    ]);
    desired.querySelectorAll<HTMLInputElement>('input')[4]!.click();
    await settle(el);
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!).desired).to.deep.equal({
      'gedeelde-doelen': 4,
    });
    await click(el, 'Wis deze keuze');
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!).desired).to.deep.equal({});
    expect(focused()!.getAttribute('name')).to.equal('desired/gedeelde-doelen');
  });

  it('asks the intended level up front and keeps it with the answers', async () => {
    const el = await mount();
    await click(el, 'Start de zelfscan');
    const aim = find(el, 'fieldset.aim');
    expect(Array.from(aim.querySelectorAll('label strong')).map((l) => l.textContent)).to.deep.equal([
      'Co-existeren',
      'Communiceren',
      'Meewerken',
      'Coördineren',
      'Samenwerken',
      'Integreren',
    ]);
    aim.querySelectorAll<HTMLInputElement>('input')[3]!.click();
    await settle(el);
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!).intended).to.equal('coordineren');
    await click(el, 'Wis deze keuze');
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!)).not.to.have.property('intended');
    expect(focused()!.getAttribute('name')).to.equal('intended');
  });

  it('puts aside answers saved by the first version of the questions, and says so once', async () => {
    localStorage.setItem(
      'som-self-check:som-partnerscan',
      JSON.stringify({ v: 1, answers: { 'groei/groei-1': 2 }, desired: {}, view: 'result', step: 10, done: true }),
    );
    const el = await mount();
    const t = text(el);
    expect(t).to.contain('De zelfscan heeft nieuwe vragen. Je vorige antwoorden passen daar niet bij en zijn gewist.');
    expect(find(el, 'h2').textContent).to.equal('Zelfscan partnerschap');
    expect(localStorage.getItem('som-self-check:som-partnerscan')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, 'Start de zelfscan');
    expect(text(el)).not.to.contain('De zelfscan heeft nieuwe vragen.');
  });

  it('says so when the browser does not keep answers', async () => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await mount();
      expect(text(el)).to.contain('Je browser bewaart de antwoorden niet.');
      await click(el, 'Start de zelfscan');
      await choose(el, 0, 1);
      expect(text(el)).to.contain('Je browser bewaart de antwoorden niet.');
    } finally {
      Storage.prototype.setItem = real;
    }
  });

  it('speaks French, and German with the questions in German', async () => {
    const fr = await mount(html`<som-self-check lang="fr"></som-self-check>`);
    expect(find(fr, 'h2').textContent).to.equal('Autodiagnostic du partenariat');
    expect(text(fr)).to.contain('Commencer l’autodiagnostic');
    expect(find(fr, 'h2').hasAttribute('lang')).to.be.false;

    const de = await mount(html`<som-self-check lang="de"></som-self-check>`);
    expect(text(de)).to.contain('Selbstcheck starten');
    expect(text(de)).not.to.contain('Englisch');
    expect(find(de, 'h2').textContent).to.equal('Selbstcheck Partnerschaft');
    expect(find(de, 'h2').hasAttribute('lang')).to.be.false;
    await click(de, 'Selbstcheck starten');
    expect(find(de, 'fieldset.question:not(.aim) legend').hasAttribute('lang')).to.be.false;
    expect(text(de)).to.contain('Wie gut kennen Sie die Ziele des anderen?');
    expect(text(de)).to.contain('Schritt 1 von 12');
    expect(await axeViolations(de)).to.deep.equal([]);

    de.setAttribute('lang', 'en');
    await settle(de);
    expect(text(de)).to.contain('Step 1 of 12');
    expect(find(de, 'fieldset.question:not(.aim) legend').hasAttribute('lang')).to.be.false;
  });
});
