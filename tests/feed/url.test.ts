import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/feed/url.js';

describe('safeUrl (the FEED.md URL rule)', () => {
  it('keeps absolute https URLs', () => {
    expect(safeUrl('https://samenonderwijsmaken.example/kalender?x=1#a')).to.equal(
      'https://samenonderwijsmaken.example/kalender?x=1#a',
    );
  });
  it('allows http only for localhost and 127.0.0.1', () => {
    expect(safeUrl('http://localhost:8080/feed.json')).to.equal('http://localhost:8080/feed.json');
    expect(safeUrl('http://127.0.0.1/x')).to.equal('http://127.0.0.1/x');
    expect(safeUrl('http://example.org/')).to.equal(undefined);
  });
  for (const bad of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    'javascript\r:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/svg+xml,<svg/>',
    'vbscript:msgbox(1)',
    'VBScript:x',
    '//evil.example/x',
    '/kalender',
    'kalender.html',
    '../x',
    '',
    'https://',
    'https:/example.org',
    'ftp://example.org/',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(safeUrl(bad)).to.equal(undefined));
  }
  it('refuses non-strings', () => {
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl({ href: 'https://x.example' })).to.equal(undefined);
  });
  it('allows mailto: and tel: only where the field says so', () => {
    expect(safeUrl('mailto:info@example.org')).to.equal(undefined);
    expect(safeUrl('mailto:info@example.org', ['mailto'])).to.equal('mailto:info@example.org');
    expect(safeUrl('MAILTO:info@example.org', ['mailto'])).to.equal('MAILTO:info@example.org');
    expect(safeUrl('tel:+3216000000', ['tel'])).to.equal('tel:+3216000000');
    expect(safeUrl('tel:+3216000000', ['mailto'])).to.equal(undefined);
    expect(safeUrl('mailto:javascript:alert(1)', ['mailto'])).to.equal(undefined);
  });
});
