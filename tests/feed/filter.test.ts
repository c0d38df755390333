import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/feed/schema.js';
import {
  filterEvents,
  filterFromQuery,
  filterToQuery,
  searchText,
  taxonomyLabel,
  type CalendarFilter,
} from '../../src/feed/filter.js';
import { resolveText, type Text } from '../../src/feed/text.js';

const ev = (id: string, over: Partial<FeedEvent> = {}): FeedEvent => ({
  id,
  title: id,
  start: '2030-01-10T10:00:00+01:00',
  ...over,
});
const labo = ev('labo', { title: { nl: 'Labo', fr: 'Atelier' }, levels: ['secundair-1'], strand: 'labo' });
const forum = ev('forum', { levels: ['lager', 'secundair-2'], themes: ['diversiteit'], strand: 'community' });
const taxonomies = {
  themes: [{ id: 'diversiteit', label: { nl: 'Diversiteit', fr: 'Diversité' } }],
  audiences: [],
  levels: [{ id: 'secundair-1', label: { nl: 'Secundair, eerste graad', fr: 'Secondaire, premier degré' } }],
  strands: [],
} as never;
const t = (langs: string[]) => (text: Text | undefined) => resolveText(text, langs);

describe('feed filter: shared by the calendar and /calendar.ics', () => {
  it('writes the filter as query parameters and reads it back', () => {
    const f: CalendarFilter = {
      pre: { level: ['secundair-1', 'secundair-2'], strand: [] },
      sel: { theme: 'x', q: ' a b ' },
    };
    const q = filterToQuery(f);
    expect(q.toString()).to.equal('levels=secundair-1%2Csecundair-2&theme=x&q=a+b');
    expect(filterFromQuery(q)).to.deep.equal({
      pre: { level: ['secundair-1', 'secundair-2'] },
      sel: { theme: 'x', q: 'a b' },
      also: {},
    });
  });

  it('reads space-separated and repeated ids; a singular name with several ids means any of them', () => {
    const f = filterFromQuery(new URLSearchParams('levels=a+b&levels=c&level=x,y&strand=s'));
    expect(f).to.deep.equal({ pre: { level: ['a', 'b', 'c'] }, sel: { strand: 's' }, also: { level: ['x', 'y'] } });
  });

  it('searches titles and facet labels in the reader language', () => {
    const fr = ['fr'];
    const label = taxonomyLabel({ taxonomies }, fr);
    expect(searchText(labo, t(fr), label))
      .to.contain('Atelier')
      .and.contain('Secondaire, premier degré');
    const only = (query: string, langs: string[]) =>
      filterEvents(
        [labo, forum],
        filterFromQuery(new URLSearchParams(query)),
        t(langs),
        taxonomyLabel({ taxonomies }, langs),
      ).map((e) => e.id);
    expect(only('q=diversite', ['fr'])).to.deep.equal(['forum']);
    expect(only('q=atelier', ['nl'])).to.deep.equal([]);
    expect(only('q=atelier', ['fr'])).to.deep.equal(['labo']);
    expect(only('strand=labo', ['nl'])).to.deep.equal(['labo']);
    expect(only('levels=lager,secundair-1&strand=community', ['nl'])).to.deep.equal(['forum']);
    expect(only('level=lager,secundair-1', ['nl'])).to.deep.equal(['labo', 'forum']);
  });
});
