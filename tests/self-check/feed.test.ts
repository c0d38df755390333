import { expect, html } from '@open-wc/testing';
import { axeViolations, settle } from '../helpers.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { brokenFeedUrl, emptyFeed, feedUrl, ownInstrument } from '../../storybook/helpers.js';
import { clearState, click, find, findAll, mount, text } from './helpers.js';

describe('<som-self-check> with an instrument from the feed', () => {
  beforeEach(() => {
    clearState();
    clearFeedCache();
  });
  afterEach(clearState);

  it('runs the feed’s instrument through the same questionnaire and scoring', async () => {
    const src = feedUrl(emptyFeed({ selfChecks: [ownInstrument] }));
    const el = await mount(html`<som-self-check src=${src} instrument="buurtscan"></som-self-check>`);
    expect(find(el, 'h2').textContent).to.equal('Buurtscan');
    // One and two questions: not "telkens", but the total.
    expect(text(el)).to.contain(
      '2 onderdelen, met samen 3 vragen. Elk onderdeel heeft ook één extra vraag die niet verplicht is.',
    );
    await click(el, 'Start de zelfscan');
    expect(text(el)).to.contain('Stap 1 van 2');
    expect(find(el, '.help').textContent).to.equal('Denk aan het voorbije schooljaar.');
    expect(find(el, 'fieldset.question:not(.aim)').getAttribute('aria-describedby')).to.equal(find(el, '.help').id);
    // A feed instrument has no desired-state descriptions of its own: the neutral scale.
    expect(find(el, 'fieldset.desired label').textContent!.trim()).to.equal('Nauwelijks ontwikkeld');
    findAll<HTMLInputElement>(el, 'fieldset.question:not(.desired):not(.aim) input')[3]!.click();
    await settle(el);
    await click(el, 'Volgende');
    const [no, yes] = [0, 1].map((i) =>
      findAll<HTMLInputElement>(el, 'fieldset.question:not(.desired)')[i]!.querySelectorAll('input'),
    );
    no![1]!.click(); // Ja
    yes![0]!.click(); // Nee
    await settle(el);
    await click(el, 'Naar het overzicht');
    await click(el, 'Bekijk het resultaat');
    // contact: 3 on 0–3 → 5; ruimte: (5 + 1) / 2 = 3; overall 4 → the feed's own top level.
    expect(find(el, '.level-name').textContent).to.equal('Echte buurtschool');
    expect(text(el)).to.contain('De school hoort bij de buurt.');
    expect(text(el)).to.contain('Gemiddelde score: 4 op 5');
    expect(findAll(el, '.spectrum li').map((li) => li.querySelector('.level-label')!.textContent)).to.deep.equal([
      'Beginnende buurtschool',
      'Echte buurtschool',
    ]);
    expect(localStorage.getItem('som-self-check:buurtscan')).to.contain('"contact/c1":3');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes the feed from a surrounding <som-feed>', async () => {
    const src = feedUrl(emptyFeed({ selfChecks: [ownInstrument] }));
    const wrapper = await mount(
      html`<som-feed src=${src}><som-self-check instrument="buurtscan" lang="fr"></som-self-check></som-feed>` as never,
    );
    const el = wrapper.querySelector('som-self-check')!;
    await settle(wrapper);
    expect(find(el, 'h2').textContent).to.equal('Scan du quartier');
    expect(text(el)).to.contain('Commencer l’autodiagnostic');
  });

  it('says so, with the fallback content, when the instrument is not in the feed', async () => {
    const src = feedUrl(emptyFeed({ selfChecks: [ownInstrument] }));
    const el = await mount(
      html`<som-self-check src=${src} instrument="bestaat-niet"><a href="https://som.example/scan.pdf">Papieren versie</a></som-self-check>`,
    );
    expect(text(el)).to.contain('Deze zelfscan staat niet in de feed.');
    const slot = find<HTMLSlotElement>(el, 'slot');
    expect(slot.assignedElements()[0]!.textContent).to.equal('Papieren versie');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows the feed error and the fallback when the feed cannot be loaded', async () => {
    const el = await mount(
      html`<som-self-check src=${brokenFeedUrl()} instrument="buurtscan"><a href="https://som.example/scan.pdf">Papieren versie</a></som-self-check>`,
    );
    expect(text(el)).to.contain('Deze inhoud kan nu niet geladen worden.');
    expect(find<HTMLSlotElement>(el, 'slot').assignedElements()).to.have.length(1);
  });

  it('skips an invalid instrument in the feed', async () => {
    const bad = {
      ...ownInstrument,
      id: 'kapot',
      dimensions: [
        {
          id: 'x',
          label: 'X',
          questions: [
            {
              id: 'q',
              text: 'Q',
              options: [
                { value: 2, label: 'a' },
                { value: 1, label: 'b' },
              ],
            },
          ],
        },
      ],
    };
    const src = feedUrl(emptyFeed({ selfChecks: [ownInstrument, bad] }));
    const el = await mount(html`<som-self-check src=${src} instrument="kapot"></som-self-check>`);
    expect(text(el)).to.contain('Deze zelfscan staat niet in de feed.');
  });

  it('uses the built-in instrument when src is given without an instrument', async () => {
    const el = await mount(html`<som-self-check src=${brokenFeedUrl()}></som-self-check>`);
    expect(find(el, 'h2').textContent).to.equal('Zelfscan partnerschap');
    expect(text(el)).not.to.contain('niet geladen');
  });
});
