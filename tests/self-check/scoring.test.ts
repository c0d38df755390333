import { expect } from '@open-wc/testing';
import {
  GOOD,
  TO_WORK,
  aimFor,
  bandFor,
  levelFor,
  neededFor,
  optionScore,
  sofarFor,
  verdictFor,
  priorities,
  score,
  scoreDimension,
  statusFor,
  strengths,
  summary,
  type Answers,
} from '../../src/self-check/scoring.js';
import { DEFAULT_LEVELS, SPECTRUM, type Instrument } from '../../src/self-check/instrument.js';
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

    it('tells "weet niet" and "n.v.t." apart; neither counts', () => {
      const r = scoreDimension(dim, answers([['n', 'x']]));
      expect([r.score, r.unknown, r.notApplicable, r.verdict]).to.deep.equal([null, 1, 1, 'onbeantwoord']);
    });

    it('without a desired state: 4 and more a strength, 2 to 3.99 to discuss, below 2 a work point', () => {
      // Wilder's 3.0 was made for agree/disagree; 3 here is a description ("we stemmen af") that can be right.
      expect([5, 4, 3.99, 3, 2.5, 2, 1.99, 1, null].map(statusFor)).to.deep.equal([
        'sterkte',
        'sterkte',
        'bespreken',
        'bespreken',
        'bespreken',
        'bespreken',
        'werkpunt',
        'werkpunt',
        null,
      ]);
    });
  });

  describe('one verdict per dimension, against the partners’ own desired state', () => {
    it('says "past bij jullie keuze" where current meets desired, also low (2 with 2 is not red)', () => {
      expect(verdictFor(2, 2)).to.equal('past');
      expect(verdictFor(5, 5)).to.equal('past');
      // Half a description short (one answer one step lower) is still growth.
      expect(verdictFor(4.5, 5)).to.equal('groei');
      expect(verdictFor(1, 1)).to.equal('past');
    });

    it('names a desired state below the current one', () => {
      expect(verdictFor(4, 3)).to.equal('minder');
      expect(verdictFor(3.5, 3)).to.equal('past');
      const r = score(builtin, answers(withRows(uniform(3), { middelen: [4, 4, 2] })));
      expect(r.less).to.deep.equal(['middelen']);
      expect(r.dimensions.find((d) => d.id === 'middelen')!.verdict).to.equal('minder');
    });

    it('grades the distance to go: growth up to 1.5, a work point beyond', () => {
      expect([verdictFor(3, 3.5), verdictFor(3, 4.5), verdictFor(2, 4), verdictFor(1, 5)]).to.deep.equal([
        'groei',
        'groei',
        'werkpunt',
        'werkpunt',
      ]);
    });

    it('judges by where it stands when no desired state was given, and calls nothing answered unanswered', () => {
      expect([verdictFor(4.5, null), verdictFor(3, null), verdictFor(1.5, null), verdictFor(null, 4)]).to.deep.equal([
        'sterkte',
        'bespreken',
        'werkpunt',
        'onbeantwoord',
      ]);
    });

    it('grades advice by where a dimension stands: below 2.5, 2.5 to 3.99, 4 and more', () => {
      expect([1, 2.49, 2.5, 3.99, 4, 5, null].map(bandFor)).to.deep.equal([
        'low',
        'low',
        'mid',
        'mid',
        'high',
        'high',
        null,
      ]);
    });

    it('never puts a dimension in both lists: a strength wanting more is growth, not a strength', () => {
      // The reviewed case: shared goals at 4.5 with desired 5 was both a strength and a priority.
      const rows = withRows(uniform(3, 3, 3), { 'gedeelde-doelen': [4, 5, 5], communicatie: [4, 4, 5] });
      const r = score(builtin, answers(rows));
      expect(r.strengths).not.to.include('gedeelde-doelen');
      expect(r.priorities).to.deep.equal(['communicatie', 'gedeelde-doelen']);
      for (const rows2 of [uniform(2), uniform(4, 5, 5), uniform(2, 3, 5), uniform(1, 2)]) {
        const x = score(builtin, answers(rows2));
        expect(x.strengths.filter((id) => x.priorities.includes(id))).to.deep.equal([]);
      }
    });

    it('keeps the summary in step with the table: no "geen werkpunten" beside a work point', () => {
      // The reviewed case: every desired state given, most current scores far below it.
      const r = score(builtin, answers(uniform(3, 3, 5)));
      expect(r.counts.werkpunt).to.equal(12);
      expect(r.priorities).to.have.length(3);
      // Priorities are empty exactly when no dimension has a verdict to work on.
      for (const rows of [uniform(4, 4, 4), uniform(2, 2, 2), uniform(3, 3), uniform(1, 1), uniform(5, 5, 3)]) {
        const x = score(builtin, answers(rows));
        const work = TO_WORK.reduce((n, v) => n + x.counts[v], 0);
        expect(x.priorities.length === 0).to.equal(work === 0);
        expect(x.dimensions.filter((d) => TO_WORK.includes(d.verdict))).to.have.length(work);
        expect(x.strengths.length === 0).to.equal(GOOD.reduce((n, v) => n + x.counts[v], 0) === 0);
      }
    });

    it('ranks what to work on: work points, then growth, then what to discuss; largest gap first', () => {
      const rows = withRows(uniform(4, 4, 4), {
        communicatie: [3, 3, 4],
        middelen: [1, 2, 5],
        leren: [2, 2, 5],
        verschillen: [3, 3],
      });
      expect(score(builtin, answers(rows)).priorities).to.deep.equal(['middelen', 'leren', 'communicatie']);
    });
  });

  describe('overall score and level', () => {
    it('is the mean of the answered dimensions only', () => {
      const rows = withRows(uniform(4), { communicatie: ['n', 'n'], vertrouwen: [0, 0] });
      const r = score(builtin, answers(rows.map((row, i) => (i === 0 ? [2, 2] : row))));
      expect(r.answeredDimensions).to.equal(10);
      expect(r.overall).to.equal(round((2 + 4 * 9) / 10));
    });

    it('has no overall score and no level when nothing was answered', () => {
      const r = score(builtin, answers(uniform(0)));
      expect(r.overall).to.equal(null);
      expect(r.level).to.equal(null);
      expect(r.dimensions.every((d) => d.score === null)).to.be.true;
      expect(summary(r).dimensions['leren']).to.equal(null);
    });

    it('gives no level from too few answers: one answer "5" is no "Samenwerken"', () => {
      const one: Row[] = uniform(0).map((row, i) => (i === 0 ? [5, 0] : row));
      const r = score(builtin, answers(one));
      expect([r.overall, r.level, r.answeredDimensions, r.neededDimensions]).to.deep.equal([5, null, 1, 8]);
      const seven = uniform(4).map((row, i) => (i < 7 ? row : ([0, 0] as Row)));
      expect(score(builtin, answers(seven)).level).to.equal(null);
      const eight = uniform(4).map((row, i) => (i < 8 ? row : ([0, 0] as Row)));
      expect(score(builtin, answers(eight)).level).to.equal('samenwerken');
      expect([1, 3, 11, 12].map(neededFor)).to.deep.equal([1, 2, 8, 8]);
    });

    const levels = DEFAULT_LEVELS;
    const all = (v: number | null) => new Map(['gedeelde-doelen', 'middelen', 'trekkerschap'].map((id) => [id, v]));

    it('places the score on the spectrum a pair can reach, co-existing to integrating', () => {
      const at = (x: number) => levelFor(x, levels, all(5)).level;
      expect([1, 1.69, 1.7, 2.39, 2.4, 2.99, 3, 3.59, 3.6, 4.29, 4.3, 5].map(at)).to.deep.equal([
        'co-existeren',
        'co-existeren',
        'communiceren',
        'communiceren',
        'medewerken',
        'medewerken',
        'coordineren',
        'coordineren',
        'samenwerken',
        'samenwerken',
        'integreren',
        'integreren',
      ]);
    });

    it('never gives collective impact or competing to a pair: the spectrum’s ends are not levels', () => {
      expect(DEFAULT_LEVELS.map((l) => l.id)).not.to.include('collectieve-impact');
      expect(SPECTRUM[0]).to.equal('concurreren');
      expect(SPECTRUM[SPECTRUM.length - 1]).to.equal('collectieve-impact');
      expect(SPECTRUM).to.have.length(8);
      expect(score(builtin, answers(uniform(5))).level).to.equal('integreren');
    });

    it('integrates only with shared goals, resources and roles each at 4.0; says which fell short and which were unanswered', () => {
      const short = new Map<string, number | null>([
        ['gedeelde-doelen', 4.5],
        ['middelen', 3.5],
        ['trekkerschap', null],
      ]);
      expect(levelFor(4.5, levels, short)).to.deep.equal({
        level: 'samenwerken',
        blocked: { level: 'integreren', dimensions: ['middelen'], unanswered: ['trekkerschap'] },
      });
      const noRoles = score(builtin, answers(withRows(uniform(5), { trekkerschap: ['n', 'n'] })));
      expect(noRoles.level).to.equal('samenwerken');
      expect(noRoles.blocked).to.deep.equal({ level: 'integreren', dimensions: [], unanswered: ['trekkerschap'] });
    });

    it('skips condition dimensions an instrument does not have', () => {
      expect(levelFor(4.5, levels, new Map([['other', 5]])).level).to.equal('integreren');
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
      expect(score(own, answers(withRows(uniform(5), { middelen: [1, 1] }))).blocked).to.equal(null);
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

    it('compares the intended level with the level reached', () => {
      const r = score(builtin, answers(uniform(3)));
      expect(r.level).to.equal('coordineren');
      expect(
        ['coordineren', 'samenwerken', 'communiceren', 'onbekend', undefined].map((x) => aimFor(r, x, DEFAULT_LEVELS)),
      ).to.deep.equal(['reached', 'below', 'beyond', null, null]);
      expect(aimFor(score(builtin, answers(uniform(0))), 'coordineren', DEFAULT_LEVELS)).to.equal(null);
    });

    it('reads the relationship as SOFAR does: exploitative, transactional, transformational', () => {
      const of = (rows: Row[]) => sofarFor(score(builtin, answers(rows)));
      expect(of(uniform(3))).to.equal('transactioneel');
      expect(of(withRows(uniform(4), { wederkerigheid: [1, 2] }))).to.equal('exploitatief');
      expect(of(withRows(uniform(4), { invloed: [1, 1] }))).to.equal('exploitatief');
      expect(of(uniform(4))).to.equal('transformationeel');
      expect(of(withRows(uniform(5), { waarden: [3, 3] }))).to.equal('transactioneel');
      expect(of(withRows(uniform(4), { waarden: ['n', 'n'] }))).to.equal(null);
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
      [1, 1],
    ];

    it('lists at most three strengths, highest first (instrument order on ties)', () => {
      expect(strengths(score(builtin, answers(rows)).dimensions)).to.deep.equal([
        'gedeelde-doelen',
        'communicatie',
        'verschillen',
      ]);
    });

    it('without a desired state, lists work points first, lowest first', () => {
      expect(priorities(score(builtin, answers(rows)).dimensions)).to.deep.equal([
        'vertrouwen',
        'leren',
        'trekkerschap',
      ]);
    });

    it('does not rank a dimension that is already where it wants to be', () => {
      const r = score(builtin, answers(uniform(4, 4, 4)));
      expect(r.priorities).to.deep.equal([]);
      expect(r.counts.past).to.equal(12);
    });
  });

  it('summarises scores only: the event and submission payload', () => {
    const r = score(builtin, answers(uniform(3, 4)));
    const s = summary(r);
    expect(Object.keys(s)).to.deep.equal(['instrumentId', 'overall', 'level', 'dimensions']);
    expect(s).to.deep.include({ instrumentId: 'som-partnerscan', overall: 3.5, level: 'coordineren' });
    expect(Object.keys(s.dimensions)).to.have.length(12);
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
