import { expect } from '@open-wc/testing';
import { fill } from '../../src/core/i18n.js';
import nl from '../../src/self-check/messages/nl.js';
import fr from '../../src/self-check/messages/fr.js';
import de from '../../src/self-check/messages/de.js';
import en from '../../src/self-check/messages/en.js';
import introNl from '../../src/self-check/intro-texts/nl.js';
import introFr from '../../src/self-check/intro-texts/fr.js';
import introDe from '../../src/self-check/intro-texts/de.js';
import introEn from '../../src/self-check/intro-texts/en.js';
import contentFr from '../../src/self-check/content/fr.js';

/** Every string in a (nested) table. */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];

describe('self-check language tables', () => {
  it('names the "change" buttons without a space before the colon, except French’s no-break space', () => {
    const names = [nl, fr, de, en].map((m) => fill(m.editLabel, { dimension: 'X' }));
    expect(names).to.deep.equal(['Wijzig: X', 'Modifier\u00a0: X', 'Ändern: X', 'Change: X']);
    // The visible text starts the name (WCAG 2.5.3, label in name).
    for (const m of [nl, fr, de, en]) expect(m.editLabel.startsWith(m.edit)).to.be.true;
  });

  it('French puts a no-break space before : ; ? ! » and after «, never an ordinary one', () => {
    const all = [...strings(fr), ...strings(introFr), ...strings(contentFr)];
    expect(all.length).to.be.above(200);
    expect(all.filter((s) => / [:;?!»]|« /.test(s))).to.deep.equal([]);
    expect(all.filter((s) => /\S[:;?!»]/.test(s.replace(/https?:/g, '')) && !/\{\w+\}:/.test(s))).to.deep.equal([]);
  });

  it('the intro counts the optional question in every language', () => {
    const facts = [introNl, introFr, introDe, introEn].map((x) =>
      [x.parts, x.partsMixed].map((t) => fill(t, { dimensions: 11, questions: 2 })),
    );
    expect(facts[0]).to.deep.equal([
      '11 onderdelen, met telkens 2 vragen en één extra vraag die niet verplicht is.',
      '11 onderdelen, met samen 2 vragen. Elk onderdeel heeft ook één extra vraag die niet verplicht is.',
    ]);
    const optional = [/niet verplicht/, /facultative/, /freiwillig/, /optional/];
    facts.forEach((pair, i) => pair.forEach((t) => expect(t).to.match(optional[i]!)));
  });
});
