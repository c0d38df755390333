import { expect } from '@open-wc/testing';
import { exportData } from '../../src/self-check/export.js';
import { score } from '../../src/self-check/scoring.js';
import { resolveText } from '../../src/feed/text.js';
import { answers, builtin, uniform, withRows } from './helpers.js';

describe('self-check JSON export', () => {
  it('holds the scores, the level and every answer as text', () => {
    const a = {
      ...answers(withRows(uniform(4, 5), { communicatie: ['n', 2, 3], vertrouwen: [0, 0], waarden: [4, 'x'] })),
      intended: 'samenwerken',
    };
    const result = score(builtin, a);
    const data = exportData(builtin, a, result, {
      resolve: (t) => resolveText(t, ['nl']),
      generic: ['1', '2', '3', '4', '5'],
      language: 'nl',
      levelLabel: 'Samenwerken',
      date: new Date('2026-11-27T10:00:00Z'),
    });
    expect(data).to.deep.include({
      format: 'som-self-check/2',
      intended: 'samenwerken',
      date: '2026-11-27T10:00:00.000Z',
      language: 'nl',
      overall: result.overall,
    });
    expect(data.instrument).to.deep.equal({ id: 'som-partnerscan', title: 'Zelfscan partnerschap' });
    expect(data.level).to.deep.equal({ id: result.level, label: 'Samenwerken' });
    const [goals, values, contact, trust] = data.dimensions;
    expect(goals).to.deep.include({
      id: 'gedeelde-doelen',
      label: 'Gedeelde doelen',
      score: 4.5,
      status: 'sterkte',
      verdict: 'sterkte',
      desired: null,
      desiredLabel: null,
    });
    expect(goals!.questions[1]).to.deep.equal({
      id: 'gedeelde-doelen-2',
      text: 'Passen jullie doelen bij de opdracht van elke partner?',
      answer: 'Onze doelen maken de opdracht van elke partner sterker.',
      value: 5,
      notKnown: false,
      notApplicable: false,
    });
    expect(values!.questions[1]).to.deep.include({ answer: null, notKnown: false, notApplicable: true });
    expect(contact).to.deep.include({ score: 2, desired: 3, desiredLabel: 'Regelmatig contact', verdict: 'groei' });
    expect(contact!.questions[0]).to.deep.include({ answer: null, value: null, notKnown: true, notApplicable: false });
    expect(trust).to.deep.include({ score: null, status: null, verdict: 'onbeantwoord' });
    expect(JSON.parse(JSON.stringify(data))).to.deep.equal(data);
  });
});
