// @ts-check
/** The embed pages (#15): one widget per frame, options from the query, escaped; framing and helper headers. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer } from '../test-support/index.js';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let limited;
before(async () => {
  server = await startTestServer();
  limited = await startTestServer({ env: { EMBED_ORIGINS: 'https://school.example, https://stad.example' } });
});
after(async () => {
  await server.close();
  await limited.close();
});

test('/embed/calendar: the element with the query as attributes, lang, colours as data, any page may frame it', async () => {
  const res = await fetch(
    `${server.url}/embed/calendar?levels=secundair-1,lager&past&no-filters=false&view=month&lang=fr&color=%23003366&radius=4&unknown=x`,
  );
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<html lang="fr" class="som-embed"/);
  assert.match(
    html,
    /<som-calendar src="..\/feed.json\?lists=events" view="month" levels="secundair-1 lager" past lang="fr" data-color="#003366" data-radius="4px" data-som-widget><\/som-calendar>/,
  );
  assert.doesNotMatch(html, /unknown|no-filters/);
  assert.match(html, /<script type="module" src="..\/cdn\/calendar.js"><\/script>/);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors \*/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
});

test('each embed page reads only its own slice of the feed, and that slice is there', async () => {
  const want = {
    calendar: 'feed.json?lists=events&past=90',
    signup: 'feed.json?lists=events',
    stories: 'feed.json?lists=stories',
    portrait: 'feed.json?lists=portraits',
    'self-check': 'feed.json?lists=selfChecks',
  };
  const whole = await (await fetch(`${server.url}/feed.json`)).json();
  for (const [widget, src] of Object.entries(want)) {
    const html = await (await fetch(`${server.url}/embed/${widget}`)).text();
    const attr = /<som-[\w-]+ src="\.\.\/([^"]+)"/.exec(html)?.[1];
    assert.equal(attr?.replace(/&#38;|&amp;/g, '&'), src, widget);
    const res = await fetch(`${server.url}/${src}`);
    assert.equal(res.status, 200, widget);
    const feed = await res.json();
    const list = src.slice(src.indexOf('=') + 1).split('&')[0];
    if (list !== 'events') assert.equal(feed[list]?.length, whole[list]?.length, `${widget}: ${list} kept`);
    else assert.ok(feed.events.length > 0, `${widget}: events kept`);
    for (const other of ['events', 'stories', 'portraits', 'selfChecks'].filter((l) => l !== list))
      assert.ok(!feed[other]?.length, `${widget}: ${other} left out`);
  }
});

test('values are escaped, bad colours and radii dropped, unknown widgets 404', async () => {
  const html = await (
    await fetch(`${server.url}/embed/signup?event=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&color=red;x&radius=99`)
  ).text();
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /event="&#34;&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;"/);
  assert.doesNotMatch(html, /data-color|data-radius/);
  assert.equal((await fetch(`${server.url}/embed/nothing`)).status, 404);
  for (const w of ['stories', 'story', 'portraits', 'portrait', 'self-check', 'signup'])
    assert.equal((await fetch(`${server.url}/embed/${w}`)).status, 200, w);
});

test('EMBED_ORIGINS limits who may frame the pages; the page knows them for its height messages', async () => {
  const res = await fetch(`${limited.url}/embed/stories?layout=compact`);
  assert.match(
    res.headers.get('content-security-policy') ?? '',
    /frame-ancestors https:\/\/school.example https:\/\/stad.example;/,
  );
  assert.match(await res.text(), /data-embed-origins="https:\/\/school.example https:\/\/stad.example"/);
});

test('the host helper loads from any origin; the builder speaks the visitor language', async () => {
  const helper = await fetch(`${server.url}/embed.js`, { headers: { Origin: 'https://anywhere.example' } });
  assert.equal(helper.status, 200);
  assert.equal(helper.headers.get('access-control-allow-origin'), '*');
  assert.match(helper.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.doesNotMatch(await helper.text(), /postMessage\([^)]*'\*'/);
  const fr = await fetch(`${server.url}/embed`, { headers: { 'Accept-Language': 'fr-BE,fr;q=0.9' } });
  assert.match(await fr.text(), /<html lang="fr">[\s\S]*Mettre un widget sur votre site/);
  assert.match(await (await fetch(`${server.url}/embed?lang=en`)).text(), /<h1>Put a widget on your website<\/h1>/);
  const nl = await fetch(`${server.url}/embed`);
  assert.match(nl.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.match(await nl.text(), /<h1>Widget op je website zetten<\/h1>/);
});
