import { expect } from '@open-wc/testing';
import { compare, flagFor, oneSidedUnknown, widestQuestion } from '../../src/self-check/compare.js';
import { score } from '../../src/self-check/scoring.js';
import { answers, builtin, uniform, withRows } from './helpers.js';

const result = (rows: Parameters<typeof answers>[0]) => score(builtin, answers(rows));

describe('self-check comparison', () => {
  it('flags a gap of a whole description or more: 1.0 to under 1.5 let op, 1.5 and up gesprekspunt', () => {
    expect([0, 0.25, 0.5, 0.67, 0.99, 1, 1.33, 1.49, 1.5, 2.5, 4, null].map(flagFor)).to.deep.equal([
      null,
      null,
      null,
      null,
      null,
      'let-op',
      'let-op',
      'let-op',
      'gesprekspunt',
      'gesprekspunt',
      'gesprekspunt',
      null,
    ]);
  });

  it('does not flag one answer one description apart, the smallest gap the scale can show', () => {
    const a = result(
      withRows(uniform(3), { communicatie: [3, 4], vertrouwen: [4, 4], middelen: [5, 3], leren: [5, 4] }),
    );
    const c = compare(a, result(uniform(3)));
    expect(c.rows.map((r) => [r.id, r.size, r.flag]).slice(0, 5)).to.deep.equal([
      ['leren', 1.5, 'gesprekspunt'],
      ['vertrouwen', 1, 'let-op'],
      ['middelen', 1, 'let-op'],
      ['communicatie', 0.5, null],
      ['gedeelde-doelen', 0, null],
    ]);
    expect(c.rows.filter((r) => r.flag !== null)).to.have.length(3);
    expect(c.starters.map((r) => r.id)).to.deep.equal(['leren', 'vertrouwen', 'middelen']);
  });

  it('sorts the dimensions by the size of the gap, either direction', () => {
    const a = result(withRows(uniform(3), { vertrouwen: [5, 5], middelen: [2, 2], leren: [3, 4] }));
    const b = result(withRows(uniform(3), { vertrouwen: [3, 3], middelen: [5, 4], waarden: [2, 3] }));
    const c = compare(a, b);
    expect(c.rows.slice(0, 4).map((r) => [r.id, r.gap, r.flag])).to.deep.equal([
      ['middelen', -2.5, 'gesprekspunt'],
      ['vertrouwen', 2, 'gesprekspunt'],
      ['waarden', 0.5, null],
      ['leren', 0.5, null],
    ]);
    expect(c.rows).to.have.length(12);
    expect(c.rows.slice(4).every((r) => r.size === 0 && r.flag === null)).to.be.true;
  });

  it('puts dimensions one side did not answer last, without a gap', () => {
    const a = result(withRows(uniform(3), { communicatie: ['n', 'n'] }));
    const b = result(withRows(uniform(4), {}));
    const c = compare(a, b);
    const last = c.rows[c.rows.length - 1]!;
    expect(last).to.deep.equal({ id: 'communicatie', a: null, b: 4, gap: null, size: null, flag: null });
  });

  it('raises the equity flag when one side sees much more influence or reciprocity', () => {
    const a = result(withRows(uniform(3), { invloed: [4, 5], wederkerigheid: [2, 2] }));
    // A gap of 1.0 (let op) on an equity dimension is enough: one whole description apart.
    const b = result(withRows(uniform(3), { invloed: [3, 3], wederkerigheid: [3, 3] }));
    expect(compare(a, b).equity).to.deep.equal([
      { id: 'invloed', higher: 'a', a: 4.5, b: 3 },
      { id: 'wederkerigheid', higher: 'b', a: 2, b: 3 },
    ]);
  });

  it('does not raise the equity flag for a small difference or for other dimensions', () => {
    const a = result(withRows(uniform(3), { invloed: [4, 3], vertrouwen: [5, 5] }));
    const b = result(withRows(uniform(3), { invloed: [3, 3], vertrouwen: [1, 1] }));
    expect(compare(a, b).equity).to.deep.equal([]);
  });

  it('offers the three largest flagged gaps as conversation starters', () => {
    const a = result(
      withRows(uniform(3), {
        'gedeelde-doelen': [5, 5],
        communicatie: [5, 4],
        activiteiten: [4, 4],
        middelen: [5, 5],
        stemmen: [4, 3],
      }),
    );
    const b = result(uniform(3));
    expect(compare(a, b).starters.map((r) => r.id)).to.deep.equal(['gedeelde-doelen', 'middelen', 'communicatie']);
    expect(compare(result(uniform(3)), result(uniform(3))).starters).to.deep.equal([]);
    const one = compare(result(withRows(uniform(3), { stemmen: [4, 4], leren: [4, 3] })), result(uniform(3)));
    expect(one.starters.map((r) => r.id)).to.deep.equal(['stemmen']);
  });

  it('raises a "weet niet" on one side only, not one on both sides or beside "n.v.t."', () => {
    const a = answers(withRows(uniform(3), { waarden: ['n', 3], stemmen: ['n', 'n'], middelen: [3, 'x'] }));
    const b = answers(withRows(uniform(3), { waarden: [4, 3], stemmen: ['n', 2], middelen: [3, 'n'] }));
    expect(oneSidedUnknown(builtin, a, b)).to.deep.equal([
      { id: 'waarden', question: 0, side: 'a' },
      { id: 'stemmen', question: 1, side: 'a' },
    ]);
    expect(oneSidedUnknown(builtin, b, a)).to.deep.equal([
      { id: 'waarden', question: 0, side: 'b' },
      { id: 'stemmen', question: 1, side: 'b' },
    ]);
  });

  it('finds the question on which the two chosen descriptions lie furthest apart', () => {
    const a = answers(withRows(uniform(3), { vertrouwen: [3, 5] }));
    const b = answers(withRows(uniform(3), { vertrouwen: [2, 1] }));
    expect(widestQuestion(builtin, 'vertrouwen', a, b)).to.equal(1);
    expect(widestQuestion(builtin, 'leren', a, b)).to.equal(0);
  });
});
