import { expect } from '@open-wc/testing';
import { decode, encode, extractCode, MAX_INPUT, readHash, shareLink } from '../../src/self-check/share.js';
import { answers, builtin, codeFor, uniform, withRows, type Row } from './helpers.js';

describe('self-check share codes', () => {
  const rows: Row[] = withRows(uniform(3, 4), {
    communicatie: ['n', 5, 4],
    vertrouwen: [0, 2],
    leren: [1, 'x', 2],
  });

  it('round-trips every kind of answer and the desired state', () => {
    const a = answers(rows);
    const code = encode(builtin, a);
    expect(code).to.equal(codeFor(rows));
    expect(code).to.match(/^1\.som-partnerscan\.[0-7nw]{24}\.[0-7]{12}$/);
    // "weet niet" and "n.v.t." travel apart.
    expect(code.split('.')[2]).to.contain('w').and.contain('n');
    expect(decode(builtin, code)).to.deep.equal({ ok: true, answers: a });
  });

  it('leaves the desired part empty when none was given', () => {
    const code = encode(builtin, answers(uniform(2)));
    expect(code).to.equal('1.som-partnerscan.222222222222222222222222.');
    expect(decode(builtin, code)).to.deep.equal({ ok: true, answers: answers(uniform(2)) });
  });

  it('is short: the whole link stays far below the size limit', () => {
    expect(
      shareLink('https://samenonderwijsmaken.example/partnerscan', encode(builtin, answers(rows))).length,
    ).to.be.below(120);
  });

  it('reads the code from a link, a fragment among others, or the bare code', () => {
    const code = codeFor(rows);
    for (const input of [
      `https://school.example/partnerscan?x=1#som-self-check=${code}`,
      `#other=1&som-self-check=${code}&more=2`,
      `  ${code}\n`,
      `https://school.example/p#som-self-check=${encodeURIComponent(code)}`,
    ])
      expect(decode(builtin, input), input).to.deep.equal({ ok: true, answers: answers(rows) });
  });

  it('builds the link from the page address, replacing any fragment', () => {
    expect(shareLink('https://a.example/scan?x=1#top', '1.x.1.')).to.equal(
      'https://a.example/scan?x=1#som-self-check=1.x.1.',
    );
    expect(readHash('#a=1&som-self-check=1.x.1.')).to.equal('1.x.1.');
    expect(readHash('#top')).to.equal(null);
    expect(readHash('')).to.equal(null);
  });

  describe('refuses what is not a result code', () => {
    const good = codeFor(uniform(3));
    const cases: [string, unknown, string][] = [
      ['nothing', '', 'empty'],
      ['blank', '   ', 'empty'],
      ['not text', { code: good }, 'empty'],
      ['garbage', 'hallo wereld', 'format'],
      ['a link without a code', 'https://school.example/partnerscan#top', 'format'],
      ['a script', '<script>alert(1)</script>', 'format'],
      ['markup in the code', `1.som-partnerscan.<img src=x onerror=alert(1)>.`, 'format'],
      ['a javascript: link', 'javascript:alert(document.cookie)', 'format'],
      ['script in a fragment', `#som-self-check=${good}<svg/onload=alert(1)>`, 'format'],
      ['an encoded script', `#som-self-check=${encodeURIComponent('<script>x</script>')}`, 'format'],
      ['broken percent-encoding', '#som-self-check=%E0%A4%A', 'format'],
      ['a huge input', `#som-self-check=${good}${'1'.repeat(MAX_INPUT)}`, 'too-long'],
      ['a huge input of anything', 'x'.repeat(MAX_INPUT + 1), 'too-long'],
      ['a newer version', good.replace(/^1\./, '2.'), 'version'],
      ['another instrument', good.replace('som-partnerscan', 'partnerscan'), 'instrument'],
      ['an unknown id with odd characters', good.replace('som-partnerscan', 'SOM_Scan!'), 'format'],
      ['too few answers', good.slice(0, -2) + '.', 'mismatch'],
      ['too many answers', good.replace('.3', '.33'), 'mismatch'],
      ['a desired part of the wrong length', `${good}555`, 'mismatch'],
      ['an option that does not exist', good.replace('som-partnerscan.3', 'som-partnerscan.6'), 'range'],
      ['a desired state that does not exist', `${good}${'7'.repeat(12)}`, 'range'],
      ['no answers at all', `1.som-partnerscan.${'0'.repeat(24)}.`, 'no-answers'],
      ['only "n.v.t."', `1.som-partnerscan.${'n'.repeat(24)}.`, 'no-answers'],
      ['only "weet niet"', `1.som-partnerscan.${'w'.repeat(24)}.`, 'no-answers'],
      ['a link of the first version (eleven dimensions)', `1.som-partnerscan.${'3'.repeat(22)}.`, 'mismatch'],
    ];
    for (const [what, input, error] of cases) {
      it(what, () => expect(decode(builtin, input)).to.deep.equal({ ok: false, error }));
    }
  });

  it('reports an empty or huge paste before looking at it', () => {
    expect(extractCode('')).to.deep.equal({ ok: false, error: 'empty' });
    expect(extractCode('#'.repeat(MAX_INPUT + 1))).to.deep.equal({ ok: false, error: 'too-long' });
  });
});
