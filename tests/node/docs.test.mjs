// The documents people get with a clone or the npm package link only to files inside the repository, and
// every link to a heading finds that heading: the contract (docs/) must never point at a folder beside the
// checkout again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve('.');
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'server/README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** Markdown links and images outside code blocks and code spans. */
function links(markdown) {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

for (const doc of DOCS) {
  test(`${doc}: relative links stay in the repository and find their target`, () => {
    const markdown = readFileSync(doc, 'utf8');
    for (const link of links(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // absolute URLs (examples, references)
      const [path, hash] = link.split('#');
      const target = path ? resolve(dirname(doc), decodeURIComponent(path)) : resolve(doc);
      assert.ok(!relative(ROOT, target).startsWith('..'), `${doc}: ${link} points outside the repository`);
      assert.ok(existsSync(target), `${doc}: ${link} does not exist`);
      if (hash && target.endsWith('.md') && statSync(target).isFile()) {
        assert.ok(
          anchors(readFileSync(target, 'utf8')).has(hash),
          `${doc}: ${link}: no heading "#${hash}" in ${relative(ROOT, target)}`,
        );
      }
    }
  });
}

test('docs/ links only to what the npm package ships (it is read in node_modules too)', () => {
  const shipped = JSON.parse(readFileSync('package.json', 'utf8')).files;
  for (const doc of DOCS.filter((d) => d.startsWith('docs/'))) {
    for (const link of links(readFileSync(doc, 'utf8'))) {
      const path = link.split('#')[0];
      if (!path || /^[a-z][a-z0-9+.-]*:/i.test(path)) continue;
      const top = relative(ROOT, resolve(dirname(doc), path)).split('/')[0];
      assert.ok(shipped.includes(top), `${doc}: ${link} is not in the package ("files": ${shipped.join(', ')})`);
    }
  }
});

test('the contract documents exist and no document names the old ../shared/ folder', () => {
  for (const file of ['docs/feed.md', 'docs/protocol.md', 'docs/self-check.md']) assert.ok(existsSync(file), file);
  for (const doc of DOCS) assert.doesNotMatch(readFileSync(doc, 'utf8'), /\.\.\/(\.\.\/)?shared\//, doc);
});

test('the package ships docs/ and schema/', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const dir of ['docs', 'schema']) assert.ok(pkg.files.includes(dir), `"files" lists ${dir}`);
  assert.ok(existsSync(join('schema', 'feed.schema.json')));
});
