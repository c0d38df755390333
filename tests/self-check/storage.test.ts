import { expect } from '@open-wc/testing';
import {
  DISCARDED,
  forget,
  persist,
  restore,
  sanitize,
  storageKey,
  type KeyValueStore,
  type Saved,
} from '../../src/self-check/storage.js';
import { answers, builtin, memory, uniform } from './helpers.js';

const saved = (over: Partial<Saved> = {}): Saved => ({
  answers: answers(uniform(2, 3, 4)),
  view: 'step',
  step: 4,
  done: false,
  partner: null,
  sent: false,
  ...over,
});

describe('self-check storage', () => {
  it('keeps the answers and where the person was, per instrument', () => {
    const store = memory();
    expect(persist(store, builtin.id, saved({ partner: '1.som-partnerscan.x.', sent: true, done: true }))).to.be.true;
    expect([...store.data.keys()]).to.deep.equal([storageKey('som-partnerscan')]);
    expect(restore(store, builtin)).to.deep.equal(saved({ partner: '1.som-partnerscan.x.', sent: true, done: true }));
    expect(restore(store, { ...builtin, id: 'other' })).to.equal(null);
  });

  it('drops what does not fit the instrument (an edited feed, a hand-edited entry)', () => {
    const raw = {
      answers: {
        'gedeelde-doelen/gedeelde-doelen-1': 4,
        'gedeelde-doelen/gedeelde-doelen-2': 5,
        'weg/q': 1,
        'leren/leren-1': 'na',
        'waarden/waarden-1': 'dk',
        'stemmen/stemmen-1': -1,
        'stemmen/stemmen-2': 1.5,
        'leren/leren-2': '2',
        'groei/groei-1': 1,
      },
      desired: { invloed: 4, middelen: 5, nope: 1 },
      intended: 'samenwerken',
    };
    expect(sanitize(builtin, raw)).to.deep.equal({
      answers: { 'gedeelde-doelen/gedeelde-doelen-1': 4, 'leren/leren-1': 'na', 'waarden/waarden-1': 'dk' },
      desired: { invloed: 4 },
      intended: 'samenwerken',
    });
    expect(sanitize(builtin, 'x')).to.deep.equal({ answers: {}, desired: {} });
  });

  it('starts afresh on broken or foreign data', () => {
    const store = memory();
    for (const value of ['{', 'null', '[]', '{"v":3,"answers":{}}', '"text"']) {
      store.data.set(storageKey(builtin.id), value);
      expect(restore(store, builtin), value).to.equal(null);
    }
  });

  it('falls back to a safe view and step', () => {
    const store = memory();
    store.data.set(
      storageKey(builtin.id),
      JSON.stringify({ v: 2, answers: {}, desired: {}, view: '<b>', step: 99, partner: 5 }),
    );
    expect(restore(store, builtin)).to.deep.include({
      view: 'intro',
      step: 0,
      partner: null,
      done: false,
      sent: false,
    });
  });

  it('puts aside answers to the first version of the built-in questions, and says so', () => {
    const store = memory();
    const old = { v: 1, answers: { 'groei/groei-1': 2 }, desired: {}, view: 'result', step: 10, done: true };
    store.data.set(storageKey(builtin.id), JSON.stringify(old));
    expect(restore(store, builtin)).to.equal(DISCARDED);
    // Removed, so the next visit starts cleanly.
    expect(store.data.size).to.equal(0);
    expect(restore(store, builtin)).to.equal(null);
  });

  it('reads a first-version entry of a feed instrument as it is ("weet niet / n.v.t." stays n.v.t.)', () => {
    const store = memory();
    const feed = { ...builtin, id: 'buurtscan' };
    const old = { v: 1, answers: { 'leren/leren-1': 'na', 'leren/leren-2': 3 }, desired: {}, view: 'step', step: 2 };
    store.data.set(storageKey('buurtscan'), JSON.stringify(old));
    expect(restore(store, feed)).to.deep.include({ view: 'step', step: 2 });
    expect((restore(store, feed) as Saved).answers.answers).to.deep.equal({
      'leren/leren-1': 'na',
      'leren/leren-2': 3,
    });
  });

  it('copes with a browser that refuses storage', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(persist(refusing, builtin.id, saved())).to.be.false;
    expect(persist(null, builtin.id, saved())).to.be.false;
    expect(restore(null, builtin)).to.equal(null);
    expect(() => forget(refusing, builtin.id)).not.to.throw();
  });

  it('forgets on request', () => {
    const store = memory();
    persist(store, builtin.id, saved());
    forget(store, builtin.id);
    expect(restore(store, builtin)).to.equal(null);
  });
});
