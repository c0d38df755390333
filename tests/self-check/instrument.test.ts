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
import de from '../../src/self-check/content/de.js';
import en from '../../src/self-check/content/en.js';
import introNl from '../../src/self-check/intro-texts/nl.js';
import introFr from '../../src/self-check/intro-texts/fr.js';
import introEn from '../../src/self-check/intro-texts/en.js';
import introDe from '../../src/self-check/intro-texts/de.js';
import type { IntroTexts } from '../../src/self-check/intro-texts/index.js';

const texts: [string, InstrumentText, IntroTexts][] = [
  ['nl', nl, introNl],
  ['fr', fr, introFr],
  ['de', de, introDe],
  ['en', en, introEn],
];

describe('the built-in instrument', () => {
  it('has the twelve dimensions of docs/self-check.md, in order: values and voices added, growth merged into leren', () => {
    expect(DIMENSION_IDS).to.deep.equal([
      'gedeelde-doelen',
      'waarden',
      'communicatie',
      'vertrouwen',
      'activiteiten',
      'invloed',
      'stemmen',
      'middelen',
      'wederkerigheid',
      'trekkerschap',
      'verschillen',
      'leren',
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
        for (const t of [d.label, d.description, d.advice?.low, d.advice?.mid, d.advice?.high, d.reflection])
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

  it('has its own German intro, as it has its own German questions', () => {
    expect(introDe.builtin.title).to.equal('Selbstcheck Partnerschaft');
    expect(introDe.builtin.about).not.to.equal(introEn.builtin.about);
    expect(introDe.contentNote).to.equal('');
  });

  it('has the level thresholds of docs/self-check.md: the spectrum between its two ends', () => {
    expect(DEFAULT_LEVELS.map((l) => [l.id, l.min])).to.deep.equal([
      ['co-existeren', 1],
      ['communiceren', 1.7],
      ['medewerken', 2.4],
      ['coordineren', 3],
      ['samenwerken', 3.6],
      ['integreren', 4.3],
    ]);
    expect(DEFAULT_LEVELS[5]!.requires).to.deep.equal({
      dimensions: ['gedeelde-doelen', 'middelen', 'trekkerschap'],
      min: 4,
    });
  });

  for (const [lang, text] of texts) {
    it(`words the ${lang} instrument as the review asked: no agenda, one "we", professional secrecy, no leader person`, () => {
      const all = JSON.stringify(Object.values(text.dimensions));
      expect(all).not.to.match(/agenda|programme commun|trekker/i);
      const [doelen, middelen, trekkers] = [
        text.dimensions['gedeelde-doelen'],
        text.dimensions.middelen,
        text.dimensions.trekkerschap,
      ];
      expect(doelen.questions[0].options[4]).to.match(/plan/);
      expect(middelen.questions[1].options[3]).to.match(
        /beroepsgeheim|professional secrecy|secret professionnel|Schweigepflicht/,
      );
      expect(trekkers.questions[1].options[4]).to.match(/backbone|Backbone|structure d’appui/);
      // Own organisation is "mijn organisatie"/"my organisation"; "we"/"wij" is the partnership.
      expect(text.dimensions.invloed.questions[1].options[0]).to.match(
        /[Mm]ijn organisatie|my organisation|mon organisation|[Mm]eine Organisation/,
      );
    });

    it(`lines the ${lang} desired states up with the first question's steps, and never wants one partner to carry all`, () => {
      for (const [id, d] of Object.entries(text.dimensions)) {
        expect(d.desired, id).to.have.length(d.questions[0].options.length);
        expect(d.desired.join(' '), id).not.to.match(/draagt alles|carries all|porte tout|trägt alles/i);
      }
    });
  }

  it('loads one language at a time, German its own, others falling back to English', async () => {
    expect(['nl', 'fr', 'de', 'en', 'es'].map(contentLang)).to.deep.equal(['nl', 'fr', 'de', 'en', 'en']);
    expect((await loadBuiltin('de')).title).to.equal('Selbstcheck Partnerschaft');
    const inst = await loadBuiltin('fr');
    expect(inst.title).to.equal('Autodiagnostic du partenariat');
    expect(await loadBuiltin('fr')).to.equal(inst);
  });
});
