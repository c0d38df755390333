import { expect } from '@open-wc/testing';
import { headingLevel, idList, initials, newestFirst, passes, visibleCount } from '../../src/core/select.js';

describe('story and portrait helpers', () => {
  it('reads space-separated ids, ignoring extra spaces', () => {
    expect(idList('  lager   kleuter ')).to.deep.equal(['lager', 'kleuter']);
    expect(idList('')).to.deep.equal([]);
    expect(idList(undefined)).to.deep.equal([]);
  });

  it('passes everything without a filter, else needs one shared id', () => {
    expect(passes(undefined, ['a'])).to.be.true;
    expect(passes('  ', [])).to.be.true;
    expect(passes('a b', ['c', 'b'])).to.be.true;
    expect(passes('a b', ['c'])).to.be.false;
    expect(passes('a', [])).to.be.false;
    expect(passes('a', [undefined])).to.be.false;
  });

  it('orders newest first, mixing dates and date-times, keeping the feed order on ties', () => {
    const items = [
      { id: 'old', published: '2023-01-01' },
      { id: 'tie-1', published: '2025-05-05' },
      { id: 'new', published: '2026-02-01T09:00:00+01:00' },
      { id: 'tie-2', published: '2025-05-05' },
      { id: 'mid', published: '2024-12-31T23:30:00Z' },
    ];
    expect(newestFirst(items).map((i) => i.id)).to.deep.equal(['new', 'tie-1', 'tie-2', 'mid', 'old']);
    expect(items[0]!.id).to.equal('old'); // the input is not reordered
  });

  it('keeps heading levels between 2 and 6, defaulting to 3', () => {
    expect(headingLevel(undefined)).to.equal(3);
    expect(headingLevel(null)).to.equal(3);
    expect(headingLevel(Number.NaN)).to.equal(3);
    expect(headingLevel('')).to.equal(3);
    expect(headingLevel(1)).to.equal(2);
    expect(headingLevel(2)).to.equal(2);
    expect(headingLevel('4')).to.equal(4);
    expect(headingLevel(9)).to.equal(6);
  });

  it('shows `limit` more per page, everything without a limit', () => {
    expect(visibleCount(11, 3, 1)).to.equal(3);
    expect(visibleCount(11, 3, 2)).to.equal(6);
    expect(visibleCount(11, 3, 4)).to.equal(11);
    expect(visibleCount(11, undefined, 1)).to.equal(11);
    expect(visibleCount(11, 0, 1)).to.equal(11);
    expect(visibleCount(11, -2, 1)).to.equal(11);
    expect(visibleCount(11, 2.7, 1)).to.equal(2);
    expect(visibleCount(0, 3, 1)).to.equal(0);
  });

  it('makes initials from the first and last word', () => {
    expect(initials('Lore')).to.equal('L');
    expect(initials('jan de vries')).to.equal('JV');
    expect(initials('  Özlem   Yılmaz-Peeters ')).to.equal('ÖY');
    expect(initials('(Samira)')).to.equal('S');
    expect(initials('')).to.equal('');
  });
});
