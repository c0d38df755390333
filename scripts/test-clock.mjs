// `npm run test:clock`: the date-sensitive suites at the awkward instants, each with a visitor's time zone.
// Brussels is the network's zone (the code computes days there); the visitor's zone is what the browser
// or node process runs in, so a test that mixes the two up fails here rather than on one night a year.
//   node scripts/test-clock.mjs            every instant below
//   node scripts/test-clock.mjs 2          only the third one (for a quick rerun)
import { spawn } from 'node:child_process';

export const INSTANTS = [
  { now: '2026-11-30T22:30:00Z', tz: 'Europe/Brussels', why: '23:30 on the last day of a month' },
  {
    now: '2026-11-30T22:30:00Z',
    tz: 'Pacific/Kiritimati',
    why: 'the same instant, already 1 December for the visitor (UTC+14)',
  },
  {
    now: '2026-12-31T22:59:00Z',
    tz: 'America/New_York',
    why: '23:59 on 31 December in Brussels, 17:59 for the visitor',
  },
  {
    now: '2027-03-28T01:30:00Z',
    tz: 'Europe/Brussels',
    why: 'spring forward: 02:30 does not exist, the clock shows 03:30',
  },
  { now: '2026-10-25T00:30:00Z', tz: 'Europe/Brussels', why: 'fall back: the first 02:30 (summer time)' },
  { now: '2026-10-25T01:30:00Z', tz: 'America/New_York', why: 'fall back: the second 02:30 (winter time) in Brussels' },
  {
    now: '2028-02-29T22:30:00Z',
    tz: 'Pacific/Kiritimati',
    why: '23:30 on 29 February in Brussels, 1 March for the visitor',
  },
];

/** Browser suites whose results depend on today's date or the visitor's zone. */
const BROWSER = [
  'tests/clock/*.test.ts',
  'tests/calendar/*.test.ts',
  'tests/feed/dates.test.ts',
  'tests/feed/ics*.test.ts',
  'tests/signup/*.test.ts',
];
/** Server suites: availability windows, retention, the calendar subscription, mails (dates, reminders, leases). */
const SERVER = [
  'server/test/calendar.test.js',
  'server/test/calendar-filters.test.js',
  'server/test/lifecycle.test.js',
  'server/test/registrations.test.js',
  'server/test/mail.test.js',
  'server/test/mail-delivery.test.js',
  'server/test/feed-sources.test.js',
  'server/test/organiser.test.js',
];

/** Run a command, its output passed through as it comes and kept. */
function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['inherit', 'pipe', 'pipe'] });
    let out = '';
    const keep = (to) => (chunk) => {
      to.write(chunk);
      out += chunk;
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (status) => resolve({ status, out }));
  });
}

/** The failed tests in a run's output (web-test-runner's ❌ lines, node's "not ok"), each with what follows it. */
function failures(out) {
  // eslint-disable-next-line no-control-regex
  const lines = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const picked = [];
  lines.forEach((line, i) => {
    if (/❌|^\s*not ok /.test(line)) picked.push(...lines.slice(i, i + 12), '');
  });
  return (picked.length ? picked : lines.slice(-20)).slice(0, 150).join('\n');
}

const only = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
const failed = [];
const started = Date.now();
for (const [i, { now, tz, why }] of INSTANTS.entries()) {
  if (only !== undefined && i !== only) continue;
  console.log(`\n=== [${i}] TEST_NOW=${now} TEST_TZ=${tz}: ${why}`);
  const env = { ...process.env, TEST_NOW: now, TEST_TZ: tz, TZ: tz };
  const runs = [
    ['browser', 'npx', ['wtr', ...BROWSER.flatMap((f) => ['--files', f])]],
    [
      'server',
      process.execPath,
      ['--import', './tests/clock/register.mjs', '--test', '--test-concurrency=1', ...SERVER],
    ],
  ];
  for (const [what, cmd, args] of runs) {
    const { status, out } = await run(cmd, args, env);
    if (status !== 0) failed.push({ run: `[${i}] ${what} at ${now} (${tz})`, why: failures(out) });
  }
}
const s = Math.round((Date.now() - started) / 1000);
const runsDone = (only === undefined ? INSTANTS.length : 1) * 2;
console.log(`\ntest:clock: ${runsDone - failed.length} passed, ${failed.length} failed (${s} s)`);
// Again at the end, with what failed: a CI log often keeps only its last lines.
for (const f of failed) console.log(`  failed: ${f.run}\n${f.why.replace(/^/gm, '    ')}`);
process.exit(failed.length ? 1 : 0);
