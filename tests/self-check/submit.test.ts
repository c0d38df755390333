import { expect, html } from '@open-wc/testing';
import { axeViolations, settle } from '../helpers.js';
import { score, summary } from '../../src/self-check/scoring.js';
import { answers, builtin, clearState, click, find, findAll, mount, seed, text, uniform, withRows } from './helpers.js';

const rows = withRows(uniform(4, 3), { leren: [2, 2] });

describe('<som-self-check> opt-in submission', () => {
  let calls: { url: string; init: RequestInit }[] = [];
  let reply: () => Response = () => new Response(null, { status: 201 });
  const real = window.fetch;
  beforeEach(() => {
    clearState();
    calls = [];
    reply = () => new Response(null, { status: 201 });
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') {
        calls.push({ url: String(input), init });
        return reply();
      }
      return real(input, init);
    };
  });
  afterEach(() => {
    window.fetch = real;
    clearState();
  });

  it('offers nothing without submit-endpoint', async () => {
    seed(rows, { view: 'result', done: true });
    const el = await mount();
    expect(findAll(el, 'section.submit')).to.have.length(0);
    expect(findAll(el, 'input[type=checkbox]')).to.have.length(0);
  });

  it('sends the anonymous scores only after the visitor ticks the box', async () => {
    const el = await mount(html`<som-self-check submit-endpoint="/api/self-checks"></som-self-check>`);
    expect(text(el)).to.contain('Alleen als je op het einde zelf kiest, sturen we de scores anoniem door.');
    el.remove();
    seed(rows, { view: 'result', done: true });
    const done = await mount(html`<som-self-check submit-endpoint="/api/self-checks"></som-self-check>`);
    const box = find<HTMLInputElement>(done, '#sc-consent');
    expect(box.checked).to.be.false;
    expect(find(done, 'label[for=sc-consent]').textContent).to.equal('Ik deel onze scores anoniem met het netwerk.');
    expect(await axeViolations(done)).to.deep.equal([]);

    await click(done, 'Verstuur de scores');
    expect(calls).to.have.length(0);
    expect(text(done)).to.contain('Vink eerst het vakje aan als je de scores wilt delen.');

    box.click();
    await settle(done);
    await click(done, 'Verstuur de scores');
    await settle(done);
    expect(calls).to.have.length(1);
    const [{ url, init }] = calls;
    expect(url).to.equal(new URL('/api/self-checks', location.href).href);
    expect(init.method).to.equal('POST');
    expect(init.credentials).to.equal('omit');
    expect(new Headers(init.headers).get('Content-Type')).to.equal('application/json');
    const body = JSON.parse(init.body as string);
    expect(body).to.deep.equal(summary(score(builtin, answers(rows))));
    expect(Object.keys(body)).to.deep.equal(['instrumentId', 'overall', 'level', 'dimensions']);
    expect(text(done)).to.contain('Bedankt! Jullie scores zijn anoniem verstuurd.');
    expect(findAll(done, '#sc-consent')).to.have.length(0);
    expect(JSON.parse(localStorage.getItem('som-self-check:som-partnerscan')!).sent).to.be.true;

    done.remove();
    const again = await mount(html`<som-self-check submit-endpoint="/api/self-checks"></som-self-check>`);
    expect(text(again)).to.contain('Bedankt! Jullie scores zijn anoniem verstuurd.');
    expect(findAll(again, '#sc-consent')).to.have.length(0);
  });

  it('says when sending failed, and may be tried again', async () => {
    reply = () => new Response('{}', { status: 503 });
    seed(rows, { view: 'result', done: true });
    const el = await mount(
      html`<som-self-check submit-endpoint="https://som.example/api/self-checks"></som-self-check>`,
    );
    find<HTMLInputElement>(el, '#sc-consent').click();
    await settle(el);
    await click(el, 'Verstuur de scores');
    await settle(el);
    expect(calls[0]!.url).to.equal('https://som.example/api/self-checks');
    expect(text(el)).to.contain('Versturen lukte niet. Probeer het later opnieuw.');
    reply = () => new Response(null, { status: 201 });
    await click(el, 'Verstuur de scores');
    await settle(el);
    expect(calls).to.have.length(2);
    expect(text(el)).to.contain('Bedankt!');
  });

  it('ignores an endpoint that is not https', async () => {
    seed(rows, { view: 'result', done: true });
    for (const endpoint of ['javascript:alert(1)', 'http://som.example/api', 'data:text/plain,x']) {
      const el = await mount(html`<som-self-check submit-endpoint=${endpoint}></som-self-check>`);
      expect(findAll(el, 'section.submit'), endpoint).to.have.length(0);
      el.remove();
    }
  });
});
