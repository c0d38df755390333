import { expect } from '@open-wc/testing';
import { lazyMessages } from '../../src/core/i18n.js';

describe('lazily loaded message tables', () => {
  const nl = { hi: 'Hallo' };

  it('has Dutch at once and loads another language once, then calls back', async () => {
    let loads = 0;
    const texts = lazyMessages(nl, {
      fr: async () => (loads++, { default: { hi: 'Bonjour' } }),
      de: async () => ({ default: { hi: 'Hallo!' } }),
      en: async () => ({ default: { hi: 'Hello' } }),
    });
    expect(texts('nl', () => {})).to.equal(nl);
    let ready = 0;
    expect(texts('fr', () => ready++)).to.be.undefined;
    expect(texts('fr', () => ready++)).to.be.undefined; // asked twice while loading: one request
    await new Promise((r) => setTimeout(r));
    expect(ready).to.equal(2);
    expect(loads).to.equal(1);
    expect(texts('fr', () => {})!.hi).to.equal('Bonjour');
  });

  it('falls back to Dutch when a language cannot be loaded (offline)', async () => {
    const texts = lazyMessages(nl, {
      fr: () => Promise.reject(new Error('offline')),
      de: () => Promise.reject(new Error('offline')),
      en: () => Promise.reject(new Error('offline')),
    });
    let ready = false;
    expect(texts('en', () => (ready = true))).to.be.undefined;
    await new Promise((r) => setTimeout(r));
    expect(ready).to.be.true;
    expect(texts('en', () => {})).to.equal(nl);
  });
});
