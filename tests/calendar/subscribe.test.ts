import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { preOf, subscriptionUrl } from '../../src/calendar/subscribe.js';

describe('calendar subscription link', () => {
  it('is /calendar.ics beside the feed, with the pre-filter, the visitor selection and the language', () => {
    const url = subscriptionUrl(
      'https://som.example/data/feed.json',
      preOf({ levels: 'secundair-1 secundair-2', themes: '' }),
      { strand: 'labo', q: ' taal ', view: 'month' },
      'fr',
    );
    expect(url).to.equal(
      'https://som.example/data/calendar.ics?levels=secundair-1%2Csecundair-2&strand=labo&q=taal&lang=fr',
    );
  });

  it('has no link for a feed that is not on a web server', () => {
    expect(subscriptionUrl('blob:https://x/1', {}, {}, 'nl')).to.equal(undefined);
    expect(subscriptionUrl('data:application/json,{}', {}, {}, 'nl')).to.equal(undefined);
  });

  it('offers webcal, Google and Outlook, and explains a subscription, in the calendar language', async () => {
    const el = await fixture(
      html`<som-calendar-subscribe
        .calendar=${{ audiences: 'leraren' }}
        .sel=${{}}
        .feedUrl=${'https://som.example/feed.json'}
        lang="en"
      ></som-calendar-subscribe>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('summary'));
    const root = el.shadowRoot!;
    expect(root.querySelector('summary')!.textContent).to.equal('Subscribe to this calendar');
    expect(root.querySelector('[data-subscribe="webcal"]')!.getAttribute('href')).to.equal(
      'webcal://som.example/calendar.ics?audiences=leraren&lang=en',
    );
    expect(root.querySelector('[data-subscribe="google"]')!.getAttribute('href')).to.contain(
      encodeURIComponent('webcal://som.example/calendar.ics?audiences=leraren&lang=en'),
    );
    expect(root.querySelector('[data-subscribe="outlook"]')!.getAttribute('href')).to.contain(
      encodeURIComponent('https://som.example/calendar.ics?audiences=leraren&lang=en'),
    );
    expect(root.querySelector('p')!.textContent).to.match(/subscription/);
    root.querySelector('details')!.open = true;
    await expect(el).shadowDom.to.be.accessible();
  });
});
