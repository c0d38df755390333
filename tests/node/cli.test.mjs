// The feed validator CLI, run as a real process (after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['bin/som-widgets.js', ...args], { encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'som-cli-'));

test('a valid feed passes with a count, in Dutch', () => {
  const r = cli('validate', 'demo/feed.json', '--lang', 'nl');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /✓ De feed is geldig \(\d+ items\)/);
});

test('every problem is listed and the exit code is non-zero', () => {
  const r = cli('validate', 'tests/fixtures/feed-with-problems.json', '--lang=en');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /events\[1\] \(zonder-start\): Item skipped: start: is required/);
  assert.match(r.stdout, /\(gevaarlijke-link\): url: Link refused/);
  assert.match(r.stdout, /Duplicate id "labo-welbevinden"/);
  assert.match(r.stderr, /3 problem\(s\) found/);
});

test('a newer version, broken JSON and a missing file are explained', () => {
  const newer = join(tmp, 'v2.json');
  writeFileSync(newer, JSON.stringify({ version: 2, network: { id: 'x', name: 'X' } }));
  const v = cli('validate', newer, '--lang', 'nl');
  assert.equal(v.status, 1);
  assert.match(v.stdout, /Deze feed is versie 2/);
  const broken = join(tmp, 'broken.json');
  writeFileSync(broken, '{ "version": 1,');
  assert.match(cli('validate', broken, '--lang', 'en').stderr, /Not valid JSON/);
  const missing = cli('validate', join(tmp, 'nope.json'), '--lang', 'en');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /Cannot read/);
});

test('usage without arguments', () => {
  const r = cli('--lang', 'en');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage: som-widgets validate/);
});
