import { html } from 'lit';
import '../src/self-check/index.js';
import { DIMENSION_IDS } from '../src/self-check/instrument.js';
import { brokenFeedUrl, emptyFeed, feedUrl, ownInstrument } from './helpers.js';

/**
 * <som-self-check> in every state. The widget keeps its answers in localStorage and reads a partner's
 * code from the page address, so each story's loader first clears both, then sets up its own state:
 * render one story at a time (the docs page, which renders them all at once, shares one storage).
 */

type Row = [number | 'n', number | 'n', number?];

function reset(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('som-self-check:')) localStorage.removeItem(key);
  if (location.hash.includes('som-self-check='))
    history.replaceState(history.state, '', location.pathname + location.search);
}

/** Answers as the widget stores them: per dimension two option values (1–5, 'n' = weet niet, 0 = none) and a desired value. */
function seed(rows: Row[], state: Record<string, unknown> = {}, instrument = 'som-partnerscan'): void {
  const answers: Record<string, number | 'dk'> = {};
  const desired: Record<string, number> = {};
  rows.forEach((row, i) => {
    const d = DIMENSION_IDS[i]!;
    [row[0], row[1]].forEach((v, k) => {
      if (v === 'n') answers[`${d}/${d}-${k + 1}`] = 'dk';
      else if (v) answers[`${d}/${d}-${k + 1}`] = v - 1;
    });
    if (row[2]) desired[d] = row[2] - 1;
  });
  localStorage.setItem(
    `som-self-check:${instrument}`,
    JSON.stringify({
      v: 2,
      answers,
      desired,
      view: 'result',
      step: 11,
      done: true,
      partner: null,
      sent: false,
      ...state,
    }),
  );
}

const code = (rows: Row[]): string =>
  `1.som-partnerscan.${rows
    .flatMap((r) => [r[0], r[1]])
    .map((v) => (v === 'n' ? 'w' : v))
    .join('')}.${rows.some((r) => r[2]) ? rows.map((r) => r[2] ?? 0).join('') : ''}`;
const openWith = (hash: string) =>
  history.replaceState(history.state, '', `${location.pathname}${location.search}#som-self-check=${hash}`);

const low: Row[] = [
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 1],
  [1, 2],
  [1, 1],
  [2, 1],
  [1, 'n'],
  [2, 2],
  [1, 1],
  [2, 1],
  [1, 2],
];
const mixed: Row[] = [
  [5, 4],
  [4, 3],
  [5, 5],
  [2, 3],
  [2, 2],
  [1, 2],
  [3, 2],
  [4, 4],
  ['n', 3],
  [2, 1],
  [4, 3],
  [3, 3],
];
const high: Row[] = [
  [5, 5],
  [5, 4],
  [5, 5],
  [4, 5],
  [5, 4],
  [4, 4],
  [5, 5],
  [5, 4],
  [4, 4],
  [4, 5],
  [5, 5],
  [5, 4],
];
const desired: Row[] = mixed.map((r, i) => [r[0], r[1], [5, 4, 5, 4, 5, 3, 5, 4, 4, 4, 5, 4][i]]);
const partner: Row[] = [
  [3, 3],
  [2, 3],
  [4, 3],
  [2, 2],
  [2, 1],
  [1, 1],
  [2, 1],
  [3, 2],
  [3, 3],
  [2, 2],
  [3, 2],
  [3, 3],
];
/** A mature pair that wants to stay where it is: coordinating, and every desired state at the current one. */
const mature: Row[] = DIMENSION_IDS.map((id) =>
  id === 'middelen' ? [3, 3, 2] : id === 'stemmen' ? [2, 3, 3] : [3, 3, 3],
);
/** Two partners who see their equity differently. */
const school: Row[] = DIMENSION_IDS.map((id) =>
  id === 'invloed' || id === 'wederkerigheid' ? [4, 5, 5] : id === 'stemmen' ? ['n', 3] : [3, 4, 4],
);
const welzijn: Row[] = DIMENSION_IDS.map((id) =>
  id === 'invloed' || id === 'wederkerigheid' ? [2, 2, 4] : id === 'middelen' ? [3, 2, 3] : [3, 4, 4],
);

const plain = () => html`<som-self-check></som-self-check>`;

export default {
  title: 'Widgets/som-self-check',
  component: 'som-self-check',
  loaders: [async () => (reset(), {})],
  render: plain,
};

/** The first thing a visitor sees: what it is, how long, that answers stay on the device. */
export const Intro = {};

/** A returning visitor who stopped at step 3. */
export const IntroResume = {
  loaders: [async () => (seed(mixed.slice(0, 2), { view: 'intro', step: 2, done: false }), {})],
};

/** One dimension per step: two questions answered with descriptions, and the optional desired state. */
export const Step = {
  loaders: [async () => (seed([...mixed.slice(0, 2), [4, 0, 5]], { view: 'step', step: 2, done: false }), {})],
};

/** German interface, with the built-in questions in German (content/de.ts). */
export const StepGerman = {
  loaders: [async () => (seed([], { view: 'step', step: 4, done: false }), {})],
  render: () => html`<som-self-check lang="de"></som-self-check>`,
};

/** The review of all answers, with "weet niet", a missing answer and edit links. */
export const Review = {
  loaders: [
    async () => (seed(mixed.map((r, i) => (i === 3 ? [0, 3] : r)) as Row[], { view: 'review', done: false }), {}),
  ],
};

/** The two organisations' names typed on the result: shown under the heading and printed (kept in this browser and the share link). */
export const ResultWithNames = {
  loaders: [async () => (seed(mixed, { names: { own: 'Basisschool De Linde', partner: 'OCMW Gent' } }), {})],
};

/** A young partnership: co-existing, no strengths yet. */
export const ResultLow = { loaders: [async () => (seed(low), {})] };

/** A young pair that aims for coordinating: the aim beside the level, growth steps in amber. */
export const ResultYoungPairWithAim = {
  loaders: [async () => (seed(low.map((r) => [r[0], r[1], 3]) as Row[], { intended: 'coordineren' }), {})],
};

/** A mature pair that wants to stay where it is: "past bij jullie keuze", no red, one desired state below the current one. */
export const ResultMatureStaying = { loaders: [async () => (seed(mature, { intended: 'coordineren' }), {})] };

/** Two partners who see their equity differently: the equity question, both descriptions, a one-sided "weet niet". */
export const ComparisonEquity = {
  loaders: [async () => (seed(school), openWith(code(welzijn)), {})],
};

/** Answers saved by the first version of the questions: put aside, with a message. */
export const OldSavedAnswers = {
  loaders: [
    async () => (
      localStorage.setItem(
        'som-self-check:som-partnerscan',
        JSON.stringify({ v: 1, answers: { 'groei/groei-1': 2 }, desired: {}, view: 'result', step: 10, done: true }),
      ),
      {}
    ),
  ],
};

/** Strengths and work points side by side. */
export const ResultMixed = { loaders: [async () => (seed(mixed), {})] };

/** Integrating: its conditions (shared goals, resources, roles ≥ 4) are met; collective impact points to a network check. */
export const ResultHigh = { loaders: [async () => (seed(high), {})] };

/** A high average, but "rollen & ondersteuning" is below 4: the level stays samenwerken, with the reason. */
export const ResultIntegrateBlocked = {
  loaders: [async () => (seed(high.map((r, i) => (i === 9 ? [3, 3] : r)) as Row[]), {})],
};

/** With the desired state: a dashed line, a column, work points ranked by the gap. */
export const ResultWithDesired = { loaders: [async () => (seed(desired), {})] };

/** Everything "weet niet": no score, never a 0. */
export const ResultNotEnoughAnswers = { loaders: [async () => (seed(DIMENSION_IDS.map(() => ['n', 'n'] as Row)), {})] };

/** Both partners on one radar, both descriptions per dimension, the equity question and three conversation starters. */
export const Comparison = {
  loaders: [async () => (seed(mixed.map((r, i) => (i === 4 ? [4, 4] : r)) as Row[]), openWith(code(partner)), {})],
};

/** A partner's link opened before filling in: a notice, and the partner's result on request. */
export const PartnerLinkBeforeOwnResult = { loaders: [async () => (openWith(code(partner)), {})] };

/** A malicious link in the address: refused with a message, nothing rendered from it. */
export const MaliciousLink = {
  loaders: [async () => (openWith(encodeURIComponent('<img src=x onerror=alert(1)>')), {})],
};

/** The page opted in (`submit-endpoint`): an unticked box and a button to share the scores anonymously. */
export const OptInSubmit = {
  loaders: [async () => (seed(mixed), {})],
  render: () =>
    html`<som-self-check submit-endpoint="https://samenonderwijsmaken.example/api/self-checks"></som-self-check>`,
};

/** The scores were sent: a thank-you instead of the offer. */
export const OptInSent = {
  loaders: [async () => (seed(mixed, { sent: true }), {})],
  render: () =>
    html`<som-self-check submit-endpoint="https://samenonderwijsmaken.example/api/self-checks"></som-self-check>`,
};

/** The result in French. */
export const ResultFrench = {
  loaders: [async () => (seed(desired), {})],
  render: () => html`<som-self-check lang="fr"></som-self-check>`,
};

/** A network's own instrument from the feed (other option values, its own text). */
export const FeedInstrument = {
  loaders: [async () => ({ url: feedUrl(emptyFeed({ selfChecks: [ownInstrument] })) })],
  render: (_: unknown, { loaded }: { loaded: { url: string } }) =>
    html`<som-self-check src=${loaded.url} instrument="buurtscan"></som-self-check>`,
};

/** Waiting for the feed (space reserved). */
export const FeedLoading = {
  render: () =>
    html`<div data-stay-busy><som-feed><som-self-check instrument="buurtscan"></som-self-check></som-feed></div>`,
};

/** The feed cannot be loaded: the message and the page's fallback content. */
export const FeedError = {
  loaders: [async () => ({ url: brokenFeedUrl() })],
  render: (_: unknown, { loaded }: { loaded: { url: string } }) =>
    html`<som-self-check src=${loaded.url} instrument="buurtscan"><a href="https://samenonderwijsmaken.example/partnerscan.pdf">Download de partnerscan op papier</a></som-self-check>`,
};

/** The feed has no instrument with this id. */
export const FeedInstrumentNotFound = {
  loaders: [async () => ({ url: feedUrl(emptyFeed({ selfChecks: [ownInstrument] })) })],
  render: (_: unknown, { loaded }: { loaded: { url: string } }) =>
    html`<som-self-check src=${loaded.url} instrument="onbekend"><a href="https://samenonderwijsmaken.example/partnerscan.pdf">Download de partnerscan op papier</a></som-self-check>`,
};
