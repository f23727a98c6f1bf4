/*
 * Every text a page supplies to an element, and two checks on it, shared by the suite on the
 * source (test/author-texts.test.ts) and the hostile-input suite on the built file
 * (test/hostile/input.test.ts): a right-to-left override in the text cannot reorder the
 * element's own words and digits, and a long word in it cannot widen a 280 px column. Data and
 * DOM checks only: nothing from src/ is imported.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Updatable } from './elements.js';

/** One text a page supplies, in one variant of its element. */
export interface AuthorText {
  tag: string;
  /** What carries the text, and the variant: "label (inline)". */
  input: string;
  /** The markup of the element with `text` in it (an element inside running text comes in its sentence). */
  markup: (text: string) => string;
}

/** The text as an attribute value or element content: `&`, `"` and `<` escaped. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A site's figure as JSON, with `text` in one of its fields. */
function figureJson(field: 'label' | 'publisher' | 'edition', text: string): string {
  const figure = {
    id: 'own',
    kind: 'count',
    value: 1234,
    label: 'people reached',
    year: 2024,
    edition: 'Annual report',
    publisher: 'Example NGO',
    sourceTitle: 'Annual report',
    url: 'https://ngo.example/report',
    [field]: text,
  };
  return escaped(JSON.stringify([figure]));
}

const each = (variants: readonly string[], input: string, markup: (variant: string, text: string) => string) =>
  variants.map((variant) => ({ input: `${input} (${variant})`, markup: (text: string) => markup(variant, text) }));

export const AUTHOR_TEXTS: readonly AuthorText[] = [
  ...each(['full', 'compact'], 'label', (variant, text) => {
    return `<endht-countdown variant="${variant}" precision="day" label="${escaped(text)}"></endht-countdown>`;
  }).map((c) => ({ tag: 'endht-countdown', ...c })),
  {
    tag: 'endht-countdown',
    input: 'label (inline, in a sentence)',
    markup: (text) =>
      `<p>Before <endht-countdown variant="inline" precision="day" label="${escaped(text)}"></endht-countdown> after.</p>`,
  },
  ...each(['s', 'm', 'l'], 'label with {amount}', (size, text) => {
    return `<endht-donate size="${size}" amount="1234" amounts="10,1234" label="${escaped(text)} {amount}"></endht-donate>`;
  }).map((c) => ({ tag: 'endht-donate', ...c })),
  {
    tag: 'endht-donate',
    input: 'child link text',
    markup: (text) =>
      `<endht-donate amount="1234"><a href="https://ngo.example/give">${escaped(text)}</a></endht-donate>`,
  },
  ...each(['card', 'row', 'grid'], 'label', (variant, text) => {
    return `<endht-stats variant="${variant}" label="${escaped(text)}" figures="glotip24_children_share"></endht-stats>`;
  }).map((c) => ({ tag: 'endht-stats', ...c })),
  ...(['label', 'publisher', 'edition'] as const).flatMap((field) =>
    each(['card', 'row', 'grid'], `a site's figure's ${field}`, (variant, text) => {
      return `<endht-stats variant="${variant}"><script type="application/json">${figureJson(field, text)}</script></endht-stats>`;
    }).map((c) => ({ tag: 'endht-stats', ...c })),
  ),
  ...each(['bar', 'compact', 'icons'], 'hashtags', (variant, text) => {
    return `<endht-share variant="${variant}" hashtags="${escaped(text)},endHT" text="${escaped(text)}"></endht-share>`;
  }).map((c) => ({ tag: 'endht-share', ...c })),
  ...each(['strip', 'grid', 'marquee'], 'heading', (layout, text) => {
    return `<endht-partners layout="${layout}" heading="${escaped(text)}"></endht-partners>`;
  }).map((c) => ({ tag: 'endht-partners', ...c })),
  ...each(['strip', 'grid', 'marquee'], "a partner's name (child link)", (layout, text) => {
    const links = `<a href="https://ngo.example/">${escaped(text)}</a><a href="https://other.example/">Other</a>`;
    return `<endht-partners layout="${layout}">${links}</endht-partners>`;
  }).map((c) => ({ tag: 'endht-partners', ...c })),
  ...each(['inline', 'card', 'bar'], 'cta', (variant, text) => {
    return `<endht-blue-heart variant="${variant}" dismissible cta="${escaped(text)}"></endht-blue-heart>`;
  }).map((c) => ({ tag: 'endht-blue-heart', ...c })),
];

/** A word of 60 letters, as German writes them: no break opportunity in it. */
export const LONG_WORD = 'Menschenhandelsbekämpfungskooperationspartnerschaftsverträge';

/**
 * Mounts markup in a column `width` px wide and waits for the element `tag` in it to render. Its
 * warnings (a hashtag cleaned of its override) are not the subject here: they are kept off the log.
 */
export async function mountInColumn(markup: string, tag: string, width: number): Promise<Updatable> {
  const column = await fixture<HTMLElement>(html`<div></div>`);
  column.style.inlineSize = `${width}px`;
  const warn = console.warn;
  console.warn = () => {};
  try {
    column.innerHTML = markup;
    const el = column.querySelector(tag) as Updatable;
    await el.updateComplete;
    return el;
  } finally {
    console.warn = warn;
  }
}

/** Every element in `root` and in the shadow roots inside it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** Whether an element is inside a box that clips what overflows it (the marquee's window, a visually hidden text). */
function isClipped(el: Element): boolean {
  for (let node: Element | null = el.parentElement ?? hostOf(el); node; node = node.parentElement ?? hostOf(node)) {
    if (getComputedStyle(node).overflowX !== 'visible') return true;
  }
  return false;
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The boxes and the lines of text of an element (and of everything in its shadow tree) that
 * reach outside `column`: empty when nothing overflows it. What is inside a clipping box (the
 * marquee's window) is judged by that box; a visually hidden text is a 1 px box by design.
 */
export function overflowingBoxes(el: Element, column: Element): string[] {
  const bounds = column.getBoundingClientRect();
  const out: string[] = [];
  const check = (boxes: DOMRectList, what: string) => {
    for (const box of boxes) {
      if (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5) {
        out.push(`${what} from ${Math.round(box.left - bounds.left)} to ${Math.round(box.right - bounds.left)} px`);
      }
    }
  };
  const range = document.createRange();
  for (const node of [el, ...allElements(el.shadowRoot!)]) {
    if (node.localName === 'style' || node.classList.contains('visually-hidden') || isClipped(node)) continue;
    const name = `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}>`;
    check(node.getClientRects(), name);
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE) continue;
      range.selectNodeContents(child);
      check(range.getClientRects(), `text in ${name}`);
    }
  }
  return out;
}

/**
 * The words of the element's own text (everything but `authorWord`) whose letters or digits are
 * not laid out from left to right, as in an English page: "days" shown as "syad" is one.
 */
export function reorderedWords(el: Element, authorWord: string): string[] {
  const out: string[] = [];
  const walker = (root: Node) => document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const roots: Node[] = [el.shadowRoot!, ...[...allElements(el.shadowRoot!)].flatMap((e) => e.shadowRoot ?? [])];
  for (const root of roots) {
    const texts = walker(root);
    for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
      if (node.parentElement?.closest('style')) continue;
      for (const word of node.data.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
        if (word[0] !== authorWord && !isLaidOutLeftToRight(node, word.index, word[0].length)) out.push(word[0]);
      }
    }
  }
  return out;
}

/** Whether the characters from `start` in a text node stand from left to right (true for text not shown). */
function isLaidOutLeftToRight(node: Text, start: number, length: number): boolean {
  const range = document.createRange();
  let previous = -Infinity;
  for (let i = start; i < start + length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const box = range.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return true;
    if (box.left < previous) return false;
    previous = box.left;
  }
  return true;
}

/**
 * For the calling describe(): the two checks on every text of AUTHOR_TEXTS, against the
 * elements that `load` defines (the source or the built file).
 */
export function describeAuthorTexts(load: () => Promise<unknown>): void {
  before(load);

  it('the checks can fail (control: an override outside an isolate reverses the words after it)', async () => {
    const host = await fixture<HTMLElement>(html`<div style="inline-size: 280px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>\u202eevil: in 196 days</p><p style="white-space: nowrap">${LONG_WORD}</p>`;
    expect(reorderedWords(host, 'evil')).to.deep.equal(['in', '196', 'days']);
    expect(overflowingBoxes(host, host)).to.have.length(1);
  });

  for (const text of AUTHOR_TEXTS) {
    it(`<${text.tag}> ${text.input}: a right-to-left override in it reorders none of the element's own text`, async () => {
      const el = await mountInColumn(text.markup('\u202eevil'), text.tag, 480);
      expect(reorderedWords(el, 'evil')).to.deep.equal([]);
    });

    it(`<${text.tag}> ${text.input}: a word of 60 letters in it stays inside a 280 px column`, async () => {
      const el = await mountInColumn(text.markup(LONG_WORD), text.tag, 280);
      expect(overflowingBoxes(el, el.closest('div')!)).to.deep.equal([]);
      expect(el.getBoundingClientRect().width).to.be.at.most(280.5);
      const page = document.documentElement;
      expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth);
    });
  }
}
