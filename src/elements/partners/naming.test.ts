import { expect } from '@open-wc/testing';
import { partnerFromLink, type MarkupNode } from './naming.js';

/** A child link as the browser parses it, and its first <img>. */
function parsed(markup: string): [HTMLAnchorElement, HTMLImageElement | null] {
  const link = new DOMParser().parseFromString(markup, 'text/html').querySelector('a')!;
  return [link, link.querySelector('img')];
}

/** A node as the server renderer hands it to the rule: attributes and text only. */
function node(attributes: Record<string, string>, textContent = ''): MarkupNode {
  return { getAttribute: (name) => attributes[name] ?? null, textContent };
}

describe('partnerFromLink (the naming rule shared by <endht-partners> and the server renderer)', () => {
  const cases: Array<[string, { name: string; logo?: string | null; logoWithoutAlt: boolean }]> = [
    ['<a href="/a">  Alpha \n Aid </a>', { name: 'Alpha Aid', logoWithoutAlt: false }],
    [
      '<a href="/a">Text <img src="l.svg" alt="Alt  name"></a>',
      { name: 'Alt name', logo: 'l.svg', logoWithoutAlt: false },
    ],
    ['<a href="/a"><img src="l.svg" alt=""> Text</a>', { name: 'Text', logo: 'l.svg', logoWithoutAlt: false }],
    [
      '<a href="/a" aria-label="Label" title="Title"><img src="l.svg"></a>',
      { name: 'Label', logo: 'l.svg', logoWithoutAlt: true },
    ],
    [
      '<a href="/a" aria-label=" " title="Title"><img alt=" "></a>',
      { name: 'Title', logo: null, logoWithoutAlt: true },
    ],
    ['<a href="/a"></a>', { name: '', logoWithoutAlt: false }],
  ];
  for (const [markup, expected] of cases) {
    it(markup, () => {
      const [link, img] = parsed(markup);
      expect(partnerFromLink(link, img)).to.deep.equal({ href: '/a', logo: undefined, ...expected });
    });
  }

  it('reads a plain node the same way as a DOM element', () => {
    const link = node({ href: 'https://b.example/', title: 'B Title' }, '\n  ');
    const logo = node({ src: 'https://b.example/logo.svg', alt: '' });
    expect(partnerFromLink(link, logo)).to.deep.equal({
      href: 'https://b.example/',
      name: 'B Title',
      logo: 'https://b.example/logo.svg',
      logoWithoutAlt: true,
    });
  });
});
