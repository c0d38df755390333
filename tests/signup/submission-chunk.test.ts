// The code and texts a submission needs are a chunk of their own (sent.ts): not fetched for the form
// alone, fetched once a person starts on it, and a failure to fetch them is a failure to send like any
// other. Its own file: the chunk must not have been loaded by another test in this page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/signup/index.js';
import type { SomSignup } from '../../src/signup/index.js';
import { EVENT, fakeSignup, PERSON, fillAndSubmit } from '../../storybook/signup-fake.js';
import { axeViolations, settle } from '../helpers.js';
import { uninstallFakeFetch } from './fake-endpoint.js';

const CHUNK = '**/src/signup/sent.*';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const asked = () =>
  performance.getEntriesByType('resource').filter((e) => /\/signup\/sent\.(js|ts)/.test(e.name)).length;

describe('<som-signup> submission chunk', () => {
  after(async () => {
    uninstallFakeFetch();
    await executeServerCommand('block-requests', { pattern: CHUNK, block: false });
  });

  it('is not fetched for the form; when it cannot be fetched, nothing typed is lost and "try again" sends', async () => {
    sessionStorage.clear();
    const { url, fake } = await fakeSignup({ capacity: 35, confirmed: 12 });
    const el = await fixture<SomSignup>(html`<som-signup src=${url} event=${EVENT} lang="nl"></som-signup>`);
    await settle(el);
    await waitUntil(() => $(el, 'form'), 'form shown');
    expect(asked(), 'fetched before anyone used the form').to.equal(0);

    await executeServerCommand('block-requests', { pattern: CHUNK, block: true });
    const errors: unknown[] = [];
    el.addEventListener('som-signup-error', (e) => errors.push((e as CustomEvent).detail));
    await fillAndSubmit(el, PERSON, '.note');
    // The browser is online, so this reads as the service being out of reach, with a retry button.
    expect($(el, '.note')!.textContent).to.contain(
      'Niet verstuurd: er ging iets mis bij de inschrijvingsdienst. Wat je invulde, blijft bewaard.',
    );
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.note'));
    expect($<HTMLInputElement>(el, '[name=email]')!.value).to.equal(PERSON.email);
    expect($<HTMLInputElement>(el, '[name=consent]')!.checked).to.equal(true);
    expect(errors).to.deep.equal([{ eventId: EVENT, status: null, detail: 'network' }]);
    expect(fake.posts).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);

    await executeServerCommand('block-requests', { pattern: CHUNK, block: false });
    $<HTMLButtonElement>(el, '.note button')!.click();
    await waitUntil(() => $(el, '.done'), 'signed up once the chunk could be fetched');
    expect($(el, '.done h3')!.textContent).to.equal('Je bent ingeschreven');
    expect(fake.posts).to.have.length(1);
  });
});
