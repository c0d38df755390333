import { expect, fixture, html } from '@open-wc/testing';
import { resolveText, languagePrefs, paragraphs } from '../../src/feed/text.js';

describe('localised text', () => {
  const text = { nl: 'Open SOM-raad', fr: 'Conseil SOM ouvert', en: 'Open SOM council' };
  it('returns plain strings as they are', () => expect(resolveText('Labo', ['fr'])).to.equal('Labo'));
  it('follows the preference order', () => {
    expect(resolveText(text, ['fr', 'nl'])).to.equal('Conseil SOM ouvert');
    expect(resolveText(text, ['de', 'en'])).to.equal('Open SOM council');
  });
  it('matches region tags to base languages both ways', () => {
    expect(resolveText(text, ['fr-BE'])).to.equal('Conseil SOM ouvert');
    expect(resolveText({ 'nl-BE': 'Hallo' }, ['nl'])).to.equal('Hallo');
  });
  it('falls back to the first value present, and to "" for nothing', () => {
    expect(resolveText({ de: 'Hallo', en: 'Hello' }, ['nl'])).to.equal('Hallo');
    expect(resolveText(undefined, ['nl'])).to.equal('');
  });
  it('takes the element, its ancestors, the document, then the feed', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture(html`<div lang="fr"><p><span id="x"></span></p></div>`);
    expect(languagePrefs(el.querySelector('#x'), ['nl'])).to.deep.equal(['fr', 'en', 'nl']);
    const plain = await fixture(html`<span></span>`);
    expect(languagePrefs(plain, ['nl'])).to.deep.equal(['en', 'nl']);
    document.documentElement.lang = '';
    expect(languagePrefs(plain, ['nl', 'fr'])).to.deep.equal(['nl', 'fr']);
  });
  it('splits long text into paragraphs on blank lines', () => {
    expect(paragraphs('Eén.\n\nTwee\nnog twee.\n \nDrie.')).to.deep.equal(['Eén.', 'Twee\nnog twee.', 'Drie.']);
  });
});
