import { expect } from '@open-wc/testing';
import {
  levelFor,
  optionScore,
  priorities,
  score,
  scoreDimension,
  statusFor,
  strengths,
  summary,
  type Answers,
} from '../../src/self-check/scoring.js';
import { DEFAULT_LEVELS, type Instrument } from '../../src/self-check/instrument.js';
import { answers, builtin, uniform, withRows, type Row } from './helpers.js';

const opts = (...values: number[]) => values.map((value) => ({ value, label: String(value) }));

describe('self-check scoring', () => {
  describe('question values', () => {
    it('takes 1–5 options as they are', () => {
      expect([0, 1, 2, 3, 4].map((i) => optionScore(opts(1, 2, 3, 4, 5), i))).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it('maps other increasing values linearly onto 1–5', () => {
      expect(optionScore(opts(0, 1, 2, 3), 0)).to.equal(1);
      expect(optionScore(opts(0, 1, 2, 3), 3)).to.equal(5);
      expect(optionScore(opts(0, 1, 2, 3), 1)).to.be.closeTo(2.333, 0.001);
      expect(optionScore(opts(10, 20), 1)).to.equal(5);
      expect(optionScore(opts(1, 2, 3, 4, 5, 6, 7), 3)).to.equal(3);
    });

    it('has no value for an option that does not exist', () => {
      expect(optionScore(opts(1, 2, 3), 3)).to.equal(null);
      expect(optionScore(opts(1, 2, 3), -1)).to.equal(null);
    });
  });

  describe('dimensions', () => {
    const dim = builtin.dimensions[0]!;

    it('is the mean of the answered questions', () => {
      expect(scoreDimension(dim, answers([[2, 5]])).score).to.equal(3.5);
    });

    it('ignores "weet niet" and unanswered questions', () => {
      const r = scoreDimension(dim, answers([['n', 4]]));
      expect(r.score).to.equal(4);
      expect(r.answered).to.equal(1);
      expect(scoreDimension(dim, answers([[0, 2]])).score).to.equal(2);
    });

    it('is "not enough answers" (null), never 0, when nothing was answered', () => {
      for (const row of [
        ['n', 'n'],
        [0, 0],
      ] as Row[]) {
        const r = scoreDimension(dim, answers([row]));
        expect(r.score).to.equal(null);
        expect(r.status).to.equal(null);
        expect(r.answered).to.equal(0);
      }
    });

    it('gives the desired state and the gap to it', () => {
      const r = scoreDimension(dim, answers([[2, 3, 5]]));
      expect(r.desired).to.equal(5);
      expect(r.gap).to.equal(2.5);
      expect(scoreDimension(dim, answers([['n', 'n', 4]])).gap).to.equal(null);
    });

    it('rates 4.0 and more a strength, 3.0 to 3.9 to discuss, below 3.0 a work point', () => {
      expect([5, 4, 3.99, 3.5, 3, 2.99, 1, null].map(statusFor)).to.deep.equal([
        'sterkte',
        'sterkte',
        'bespreken',
        'bespreken',
        'bespreken',
        'werkpunt',
        'werkpunt',
        null,
      ]);
    });
  });

  describe('overall score and level', () => {
    it('is the mean of the answered dimensions only', () => {
      const rows = withRows(uniform(4), { communicatie: ['n', 'n'], vertrouwen: [0, 0] });
      const r = score(builtin, answers(rows.map((row, i) => (i === 0 ? [2, 2] : row))));
      expect(r.answeredDimensions).to.equal(9);
      expect(r.overall).to.equal(round((2 + 4 * 8) / 9));
    });

    it('has no overall score and no level when nothing was answered', () => {
      const r = score(builtin, answers(uniform(0)));
      expect(r.overall).to.equal(null);
      expect(r.level).to.equal(null);
      expect(r.dimensions.every((d) => d.score === null)).to.be.true;
      expect(summary(r).dimensions['groei']).to.equal(null);
    });

    const levels = DEFAULT_LEVELS;
    const all = (v: number | null) => new Map(['gedeelde-doelen', 'trekkerschap', 'leren'].map((id) => [id, v]));

    it('uses the thresholds of SELF-CHECK.md', () => {
      const at = (x: number) => levelFor(x, levels, all(5)).level;
      expect([1, 1.79, 1.8, 2.59, 2.6, 3.39, 3.4, 4.19, 4.2, 5].map(at)).to.deep.equal([
        'co-existeren',
        'co-existeren',
        'communiceren',
        'communiceren',
        'coordineren',
        'coordineren',
        'samenwerken',
        'samenwerken',
        'collectieve-impact',
        'collectieve-impact',
      ]);
    });

    it('reaches collective impact only with shared goals, trekkerschap and leren each at 4.0', () => {
      expect(levelFor(4.5, levels, all(4)).level).to.equal('collectieve-impact');
      const short = new Map([
        ['gedeelde-doelen', 4.5],
        ['trekkerschap', 3.5],
        ['leren', 4],
      ]);
      expect(levelFor(4.5, levels, short)).to.deep.equal({
        level: 'samenwerken',
        blocked: { level: 'collectieve-impact', dimensions: ['trekkerschap'] },
      });
      const unanswered = new Map<string, number | null>([
        ['gedeelde-doelen', 5],
        ['trekkerschap', 5],
        ['leren', null],
      ]);
      expect(levelFor(4.5, levels, unanswered).level).to.equal('samenwerken');
    });

    it('applies the condition to a whole questionnaire', () => {
      const high = score(builtin, answers(uniform(5)));
      expect(high.level).to.equal('collectieve-impact');
      const noLearning = score(builtin, answers(withRows(uniform(5), { leren: [3, 3] })));
      expect(noLearning.overall).to.be.above(4.2);
      expect(noLearning.level).to.equal('samenwerken');
      expect(noLearning.blocked).to.deep.equal({ level: 'collectieve-impact', dimensions: ['leren'] });
    });

    it('skips condition dimensions an instrument does not have', () => {
      expect(levelFor(4.5, levels, new Map([['other', 5]])).level).to.equal('collectieve-impact');
    });

    it('lets a feed instrument’s own levels replace the thresholds', () => {
      const own: Instrument = {
        ...builtin,
        levels: [
          { id: 'gevorderd', min: 3, label: 'Gevorderd' },
          { id: 'start', min: 1.5, label: 'Start' },
        ],
      };
      expect(score(own, answers(uniform(3))).level).to.equal('gevorderd');
      expect(score(own, answers(uniform(2))).level).to.equal('start');
      // Below every minimum: the lowest level, not nothing.
      expect(score(own, answers(uniform(1))).level).to.equal('start');
      // Own levels carry no collective-impact condition.
      expect(score(own, answers(withRows(uniform(5), { leren: [1, 1] }))).blocked).to.equal(null);
    });

    it('scores a feed instrument with other option values on the same scale', () => {
      const feed: Instrument = {
        id: 'kort',
        title: 'Kort',
        dimensions: [
          { id: 'a', label: 'A', questions: [{ id: 'q', text: 'Q', options: opts(0, 1, 2, 3) }] },
          { id: 'b', label: 'B', questions: [{ id: 'q', text: 'Q', options: opts(1, 2, 3) }] },
        ],
      };
      const r = score(feed, { answers: { 'a/q': 3, 'b/q': 1 }, desired: {} });
      expect(r.dimensions.map((d) => d.score)).to.deep.equal([5, 3]);
      expect(r.overall).to.equal(4);
      expect(r.level).to.equal('samenwerken');
    });
  });

  describe('strengths and priorities', () => {
    const rows: Row[] = [
      [5, 5],
      [4, 4],
      [4, 5],
      [1, 1],
      [2, 3],
      [3, 3],
      [2, 2],
      [4, 4],
      [3, 4],
      [1, 2],
      [5, 4],
    ];

    it('lists at most three strengths, highest first', () => {
      expect(strengths(score(builtin, answers(rows)).dimensions)).to.deep.equal([
        'gedeelde-doelen',
        'vertrouwen',
        'groei',
      ]);
    });

    it('without a desired state, lists what scores lowest first', () => {
      expect(priorities(score(builtin, answers(rows)).dimensions)).to.deep.equal([
        'activiteiten',
        'leren',
        'wederkerigheid',
      ]);
    });

    it('with a desired state, ranks by the gap between desired and current', () => {
      const withDesired = rows.map((r, i) =>
        i === 1 ? [4, 4, 5] : i === 6 ? [2, 2, 5] : i === 9 ? [1, 2, 2] : r,
      ) as Row[];
      const r = score(builtin, answers(withDesired));
      // wederkerigheid: 5 − 2 = 3; communicatie: 5 − 4 = 1; leren: 2 − 1.5 = 0.5; then werkpunten without a desired state.
      expect(r.priorities).to.deep.equal(['wederkerigheid', 'communicatie', 'leren']);
      const onlyOne = score(builtin, answers(rows.map((row, i) => (i === 1 ? [4, 4, 5] : row)) as Row[]));
      expect(onlyOne.priorities).to.deep.equal(['communicatie', 'activiteiten', 'leren']);
    });

    it('does not rank a dimension that is already where it wants to be', () => {
      const r = score(builtin, answers(uniform(4, 4, 4)));
      expect(r.priorities).to.deep.equal([]);
    });
  });

  it('summarises scores only: the event and submission payload', () => {
    const r = score(builtin, answers(uniform(3, 4)));
    const s = summary(r);
    expect(Object.keys(s)).to.deep.equal(['instrumentId', 'overall', 'level', 'dimensions']);
    expect(s).to.deep.include({ instrumentId: 'som-partnerscan', overall: 3.5, level: 'samenwerken' });
    expect(Object.keys(s.dimensions)).to.have.length(11);
    expect(Object.values(s.dimensions).every((v) => v === 3.5)).to.be.true;
  });

  it('treats an answer object that does not fit as unanswered', () => {
    const odd = { answers: { 'gedeelde-doelen/gedeelde-doelen-1': 9 }, desired: { 'gedeelde-doelen': 7 } } as Answers;
    const r = scoreDimension(builtin.dimensions[0]!, odd);
    expect(r.score).to.equal(null);
    expect(r.desired).to.equal(null);
  });
});

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
