/** The JSON export of a result: the scores, the answers as text, and enough context to read it later. Pure. */
import { answerKey, desiredOptions, type Instrument } from './instrument.js';
import type { Answers, Result } from './scoring.js';
import type { Text } from '../feed/text.js';

export interface ExportOptions {
  resolve: (text: Text | undefined) => string;
  /** Labels of the neutral desired-state scale (feed instruments have none of their own). */
  generic: readonly string[];
  language: string;
  levelLabel: string | null;
  date: Date;
}

export function exportData(instrument: Instrument, answers: Answers, result: Result, o: ExportOptions) {
  const scores = new Map(result.dimensions.map((d) => [d.id, d]));
  return {
    format: 'som-self-check/2',
    intended: answers.intended ?? null,
    instrument: { id: instrument.id, title: o.resolve(instrument.title) },
    /** Which partnership: the names typed on the result, null where none was typed. */
    organisations: { own: answers.names?.own || null, partner: answers.names?.partner || null },
    date: o.date.toISOString(),
    language: o.language,
    overall: result.overall,
    level: result.level === null ? null : { id: result.level, label: o.levelLabel },
    dimensions: instrument.dimensions.map((d) => {
      const s = scores.get(d.id)!;
      const desired = answers.desired[d.id];
      return {
        id: d.id,
        label: o.resolve(d.label),
        score: s.score,
        status: s.status,
        verdict: s.verdict,
        desired: s.desired,
        desiredLabel: desired === undefined ? null : o.resolve(desiredOptions(d, o.generic)[desired]?.label),
        questions: d.questions.map((q) => {
          const a = answers.answers[answerKey(d, q)];
          return {
            id: q.id,
            text: o.resolve(q.text),
            answer: typeof a === 'number' ? o.resolve(q.options[a]?.label) : null,
            value: typeof a === 'number' ? (q.options[a]?.value ?? null) : null,
            notKnown: a === 'dk',
            notApplicable: a === 'na',
          };
        }),
      };
    }),
  };
}
