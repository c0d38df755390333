import { expect } from '@open-wc/testing';
import {
  BUILTIN_ID,
  DEFAULT_LEVELS,
  DIMENSION_IDS,
  buildInstrument,
  contentLang,
  loadBuiltin,
  type InstrumentText,
} from '../../src/self-check/instrument.js';
import { check } from '../../src/feed/check.js';
import { selfChecks } from '../../src/feed/contract.generated.js';
import { selfCheckRule } from '../../src/feed/rules/selfChecks.js';
import type { SelfCheckInstrument } from '../../src/feed/schema.js';
import nl from '../../src/self-check/content/nl.js';
import fr from '../../src/self-check/content/fr.js';
import en from '../../src/self-check/content/en.js';
import introNl from '../../src/self-check/intro-texts/nl.js';
import introFr from '../../src/self-check/intro-texts/fr.js';
import introEn from '../../src/self-check/intro-texts/en.js';
import introDe from '../../src/self-check/intro-texts/de.js';
import type { IntroTexts } from '../../src/self-check/intro-texts/index.js';

const texts: [string, InstrumentText, IntroTexts][] = [
  ['nl', nl, introNl],
  ['fr', fr, introFr],
  ['en', en, introEn],
];

describe('the built-in instrument', () => {
  it('has the eleven dimensions of SELF-CHECK.md, in order', () => {
    expect(DIMENSION_IDS).to.deep.equal([
      'gedeelde-doelen',
      'communicatie',
      'vertrouwen',
      'activiteiten',
      'invloed',
      'middelen',
      'wederkerigheid',
      'trekkerschap',
      'verschillen',
      'leren',
      'groei',
    ]);
    expect(buildInstrument(nl, introNl.builtin).dimensions.map((d) => d.id)).to.deep.equal([...DIMENSION_IDS]);
  });

  for (const [lang, text, intro] of texts) {
    it(`is complete in ${lang}: two questions of five descriptions, advice, reflection and a desired state per dimension`, () => {
      const inst = buildInstrument(text, intro.builtin);
      expect(inst.id).to.equal(BUILTIN_ID);
      for (const d of inst.dimensions) {
        expect(d.questions, d.id).to.have.length(2);
        for (const q of d.questions) {
          expect(q.options.map((o) => o.value)).to.deep.equal([1, 2, 3, 4, 5]);
          expect(new Set(q.options.map((o) => o.label)).size, q.id).to.equal(5);
        }
        expect(d.desired!.map((o) => o.value)).to.deep.equal([1, 2, 3, 4, 5]);
        for (const t of [d.label, d.description, d.advice?.low, d.advice?.high, d.reflection])
          expect(t, d.id).to.be.a('string').and.not.empty;
      }
    });

    it(`is the feed's instrument shape in ${lang}: the feed schema accepts it as it is`, () => {
      const inst = buildInstrument(text, intro.builtin);
      const result = check(selfChecks, inst);
      expect(result.ok).to.be.true;
      // The checker keeps what the schema knows, desired-state options included.
      expect((result as { value: SelfCheckInstrument }).value.dimensions[0]).to.deep.equal(inst.dimensions[0]);
      expect(selfCheckRule(inst as SelfCheckInstrument)).to.equal(undefined);
    });

    it(`keeps its sentences short in ${lang} (B1: questions and answers under 100 characters)`, () => {
      for (const d of Object.values(text.dimensions)) {
        for (const q of d.questions) {
          expect(q.text.length, q.text).to.be.below(100);
          for (const o of q.options) expect(o.length, o).to.be.below(100);
        }
        for (const o of d.desired) expect(o.length, o).to.be.below(40);
      }
    });
  }

  it('cites the frameworks it rests on', () => {
    for (const [, , { builtin }] of texts) {
      for (const source of [
        'Bringle, Clayton & Price (2009)',
        'Clayton, Bringle, Senor, Huq & Morrison (2010)',
        'TRES II',
        'Tamarack',
        'Kania & Kramer (2011)',
        'Mattessich & Johnson (2018)',
        'Frey',
      ]) {
        expect(builtin.about).to.contain(source);
      }
    }
  });

  it('shows the English intro with a German interface, as it shows the English questions', () => {
    expect(introDe.builtin).to.equal(introEn.builtin);
    expect(introDe.contentNote).to.contain('Englisch');
  });

  it('has the level thresholds of SELF-CHECK.md', () => {
    expect(DEFAULT_LEVELS.map((l) => [l.id, l.min])).to.deep.equal([
      ['co-existeren', 1],
      ['communiceren', 1.8],
      ['coordineren', 2.6],
      ['samenwerken', 3.4],
      ['collectieve-impact', 4.2],
    ]);
    expect(DEFAULT_LEVELS[4]!.requires).to.deep.equal({
      dimensions: ['gedeelde-doelen', 'trekkerschap', 'leren'],
      min: 4,
    });
  });

  it('loads one language at a time, German falling back to English', async () => {
    expect(['nl', 'fr', 'de', 'en'].map(contentLang)).to.deep.equal(['nl', 'fr', 'en', 'en']);
    const inst = await loadBuiltin('fr');
    expect(inst.title).to.equal('Autodiagnostic du partenariat');
    expect(await loadBuiltin('fr')).to.equal(inst);
  });
});
