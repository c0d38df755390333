// The first screen of a first visit is drawn by <som-self-check> alone (its entry script), so it needs
// none of the questionnaire's chunks; a returning visitor, or a partner's link, opens the questionnaire.
import { expect, html } from '@open-wc/testing';
import { axeViolations, settle } from '../helpers.js';
import { button, clearState, click, codeFor, find, findAll, focused, mount, seed, text, uniform } from './helpers.js';

const app = (el: Element) => findAll(el, 'som-self-check-app');

describe('<som-self-check> first screen', () => {
  beforeEach(clearState);
  afterEach(clearState);

  it('shows a first-time visitor the intro on its own, then opens the questionnaire at step 1', async () => {
    const el = await mount();
    expect(app(el)).to.have.length(0);
    expect(find(el, 'h2').textContent).to.equal('Zelfscan partnerschap');
    expect(text(el)).to.contain('12 onderdelen, met telkens 2 vragen en één extra vraag die niet verplicht is.');
    expect(findAll(el, 'details.about')).to.have.length(1);
    expect(findAll(el, 'button').map((b) => b.textContent!.trim())).to.deep.equal(['Start de zelfscan']);
    expect(await axeViolations(el)).to.deep.equal([]);

    await click(el, 'Start de zelfscan');
    expect(app(el)).to.have.length(1);
    expect(find(el, 'h2').textContent).to.equal('Gedeelde doelen');
    expect(focused()).to.equal(find(el, 'h2'));
    expect(text(el)).to.contain('Stap 1 van 12');
  });

  it('opens the questionnaire for a returning visitor, at the intro with "continue" and "start over"', async () => {
    seed(uniform(3).slice(0, 4).concat(uniform(0).slice(4)), { view: 'intro', step: 4 });
    const el = await mount();
    expect(app(el)).to.have.length(1);
    expect(button(el, 'Ga verder bij stap 5')).to.exist;
    expect(button(el, 'Opnieuw beginnen')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it("opens the questionnaire with a partner's link, first visit or not", async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#som-self-check=${codeFor(uniform(4))}`);
    const el = await mount();
    expect(app(el)).to.have.length(1);
    expect(text(el)).to.contain('Je opende de resultaatlink van een partner.');
  });

  it("switches to the questionnaire when a partner's link is pasted into the address bar on the intro", async () => {
    const el = await mount();
    expect(app(el)).to.have.length(0);
    location.hash = `som-self-check=${codeFor(uniform(4))}`;
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(app(el)).to.have.length(1);
    expect(text(el)).to.contain('Je opende de resultaatlink van een partner.');
  });

  it('speaks the page language on the first screen too, with the built-in text in that language', async () => {
    const el = await mount(html`<som-self-check lang="fr"></som-self-check>`);
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(app(el)).to.have.length(0);
    expect(find(el, 'h2').textContent).to.equal('Autodiagnostic du partenariat');
    expect(text(el)).to.contain('12 thèmes, chacun avec 2 questions et une question en plus, facultative.');
    expect(button(el, 'Commencer')).to.exist;
    await click(el, 'Commencer');
    expect(text(el)).to.contain('Étape 1 sur 12');
  });

  it('in German, shows the German title and intro, with no note about another language', async () => {
    const el = await mount(html`<som-self-check lang="de"></som-self-check>`);
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(find(el, 'h2').textContent).to.equal('Selbstcheck Partnerschaft');
    expect(find(el, 'h2').hasAttribute('lang')).to.be.false;
    expect(text(el)).to.contain('Mit diesem Selbstcheck schauen Sie auf eine Partnerschaft.');
    expect(text(el)).not.to.contain('Englisch');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
