import { expect } from '@open-wc/testing';
import { safeHttpUrl } from './url.js';

describe('core/url safeHttpUrl', () => {
  const base = 'https://partner.example/news/page.html';
  const accepted: Array<[string, string]> = [
    ['https://www.unodc.org/blueheart/', 'https://www.unodc.org/blueheart/'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
    ['/donate', 'https://partner.example/donate'],
    ['../give?x=1#y', 'https://partner.example/give?x=1#y'],
    ['HTTPS://EXAMPLE.ORG/', 'https://example.org/'],
  ];
  for (const [input, out] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => expect(safeHttpUrl(input, base)).to.equal(out));
  }
  const rejected: unknown[] = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://partner.example/1',
    'file:///etc/passwd',
    'mailto:a@b.c',
    'ftp://x.org',
    'http://',
    'https://[::1',
    '',
    '   ',
    null,
    undefined,
    42,
    {},
  ];
  for (const input of rejected) {
    it(`rejects ${JSON.stringify(input)}`, () => expect(safeHttpUrl(input, base)).to.equal(undefined));
  }
  it('resolves relative URLs against document.baseURI by default', () => {
    expect(safeHttpUrl('x')).to.equal(new URL('x', document.baseURI).href);
  });
});
