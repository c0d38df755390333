/**
 * Three partnerships as a partner sees them (issue #18): a young pair, a mature pair that wants to stay where it
 * is, and two partners who see their equity differently. Each asserts what the result must and must not say;
 * with SCENARIO_TEXT in the page's query the rendered text is logged (for the closing note).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations } from '../helpers.js';
import { DIMENSION_IDS } from '../../src/self-check/instrument.js';
import { clearState, codeFor, find, findAll, mount, seed, text, type Row } from './helpers.js';

const rows = (pick: (id: string) => Row): Row[] => DIMENSION_IDS.map(pick);
const show = (label: string, el: Element) => {
  // The result as read, section by section (what a partner sees, without the forms).
  const parts = findAll(
    el,
    'section.level, section.summary, section.scores table, section.top, section.compare > :not(figure):not(.side-by-side)',
  );
  console.log(`\n=== ${label} ===\n${parts.map((p) => text(p)).join('\n')}`);
};

describe('<som-self-check> three partnerships, as a partner sees them', () => {
  beforeEach(clearState);
  afterEach(clearState);

  it('a young pair: no red where they are where they want to be, growth named, aim and plan', async function () {
    this.timeout(30_000);
    // Just started: a few contacts, little shared yet; they aim for coordinating within a year.
    seed(
      rows((id) =>
        id === 'communicatie'
          ? [2, 3, 3]
          : id === 'vertrouwen'
            ? [2, 2, 3]
            : id === 'wederkerigheid'
              ? [1, 2, 3]
              : id === 'stemmen'
                ? ['n', 'n']
                : [2, 2, 2],
      ),
      { view: 'result', done: true, intended: 'coordineren' },
    );
    const el = await mount();
    show('young pair', el);
    const t = text(el);
    expect(find(el, '.level-name').textContent).to.equal('Communiceren');
    expect(t).to.contain('Jullie willen “Coördineren”. Nu staan jullie bij “Communiceren”.');
    expect(t).to.contain('Zonder antwoord: Stemmen die meetellen.');
    expect(t).to.contain('Let op: ongelijk.'); // reciprocity and influence at 1.5: SOFAR's exploitative warning
    expect(findAll(el, 'section.scores td.wide-col .past').length).to.be.above(0);
    expect(t).not.to.contain('Collectieve impact Hier staan jullie');
    expect(findAll(el, 'section.plan')).to.have.length(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a mature pair that wants to stay where it is: "past bij jullie keuze", nothing to push', async function () {
    this.timeout(30_000);
    seed(
      rows((id) => (id === 'middelen' ? [4, 4, 3] : [4, 3, 3])),
      { view: 'result', done: true, intended: 'coordineren' },
    );
    const el = await mount();
    show('mature pair staying', el);
    const t = text(el);
    expect(t).to.contain('Jullie willen “Coördineren”. Daar staan jullie nu ook.');
    expect(findAll(el, '.werkpunt, .groei, .bespreken')).to.have.length(0);
    expect(t).to.contain('Geen onderdeel vraagt werk');
    expect(t).to.contain('Bij Middelen delen willen jullie minder dan nu.');
    expect(t).not.to.contain('Tip:'); // where they are is what they chose: no advice that pushes them on
  });

  it('two partners who see their equity differently: a question, both descriptions, neutral colours', async function () {
    this.timeout(30_000);
    const school = rows((id) =>
      id === 'invloed' || id === 'wederkerigheid' ? [4, 5, 5] : id === 'stemmen' ? ['n', 3, 4] : [4, 4, 4],
    );
    const welzijn = rows((id) =>
      id === 'invloed' || id === 'wederkerigheid' ? [2, 2, 4] : id === 'middelen' ? [3, 2, 3] : [4, 4, 4],
    );
    seed(school, { view: 'result', done: true });
    history.replaceState(null, '', `${location.pathname}${location.search}#som-self-check=${codeFor(welzijn)}`);
    const el = await mount();
    // The comparison comes in its own chunk.
    await waitUntil(() => findAll(el, 'section.compare').length === 1, 'the comparison', { timeout: 20_000 });
    show('equity seen differently (the school’s view)', el);
    const t = text(find(el, 'section.compare'));
    expect(t).to.contain('Een vraag over evenwicht');
    expect(t).to.contain(
      'Bij “Wederzijdse invloed” kies jij een veel sterkere beschrijving dan je partner. Hoe komt dat?',
    );
    expect(t).to.contain('Jij koos “weet niet” bij “Hoe horen jullie wat leerlingen, ouders en buurtbewoners willen?”');
    expect(findAll(el, '.starters > li')).to.have.length(3);
    expect(findAll(el, 'section.compare .werkpunt')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
