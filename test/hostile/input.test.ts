// Hostile input, property-based (fast-check), against the built bundle. The attributes and
// properties come from each element class itself (observedAttributes and Lit's
// elementProperties), so a new attribute is fuzzed without anyone editing this file.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LONG_WORD, describeAuthorTexts, mountInColumn, overflowingBoxes, reorderedWords } from '../author-texts.js';
import { ELEMENTS, importEveryElement, type Updatable as Element } from '../elements.js';
import { fastestMount } from '../timing.js';

const RUNS = 60;

type LitCtor = CustomElementConstructor & {
  observedAttributes: string[];
  elementProperties: Map<string, { attribute?: string | boolean; state?: boolean }>;
};
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Adversarial strings a CMS editor or a hostile page could put in an attribute. */
const NASTY = [
  '',
  ' ',
  '\t\n',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e309',
  '-0',
  '9'.repeat(400),
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\u0000script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://',
  'http://[::1',
  '\u202e\u202dRTL\u200f',
  '\u0000\u0001\u001f',
  '🏳️‍🌈👩‍👩‍👧',
  'ﷺ'.repeat(50),
  'x'.repeat(100_000),
  '{',
  '[1,2',
  '{"__proto__":{"polluted":1}}',
  '[{"value":"<b>"}]',
  '2027-02-30',
  '99-99',
  '0000-00-00',
  'Mars/Olympus',
  'Etc/GMT+99',
  'UTC\u0000',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '07-30',
  'dark',
  'compact',
  'inline',
  'second',
  'card',
  'grid',
  'marquee',
  'bottom',
  'https://example.org/{amount}',
  // Round two: an override, a word longer than any box, a currency no one has, an amount with
  // more decimals than yen have, and a list far longer than any site needs.
  '\u202eevil',
  LONG_WORD,
  'ABC',
  '999999999.99',
  Array.from({ length: 10_000 }, (_, i) => i + 1).join(','),
];

const attrValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY.slice(0, 30)), { maxLength: 4 }).map((a) => a.join(',')) },
);

const nastyObject = fc.record(
  {
    id: fc.constantFrom(...NASTY),
    name: fc.constantFrom(...NASTY),
    href: fc.constantFrom(...NASTY),
    url: fc.constantFrom(...NASTY),
    logo: fc.constantFrom(...NASTY),
    value: fc.oneof(fc.double(), fc.constantFrom(...NASTY)),
    label: fc.oneof(fc.constantFrom(...NASTY), fc.dictionary(fc.string(), fc.constantFrom(...NASTY))),
  },
  { requiredKeys: [] },
);
const propValue = fc.oneof(
  attrValue,
  fc.constantFrom<unknown>(
    null,
    undefined,
    0,
    -1,
    NaN,
    Infinity,
    true,
    false,
    [],
    {},
    [null],
    Symbol.for('x'),
    () => 1,
    new Date(NaN),
  ),
  fc.array(nastyObject, { maxLength: 4 }),
  fc.anything({ maxDepth: 2 }),
);

/** Anything in a shadow tree that could run script or navigate to script. */
function dangers(root: ShadowRoot | null | undefined): string[] {
  const found: string[] = [];
  if (!root) return found;
  for (const el of root.querySelectorAll('*')) {
    const name = el.localName;
    if (name === 'script' || name === 'iframe' || name === 'object' || name === 'embed') found.push(`<${name}>`);
    for (const a of el.getAttributeNames()) {
      const v = (el.getAttribute(a) ?? '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (a.startsWith('on')) found.push(`${name}[${a}]`);
      if (
        /^(href|src|action|formaction|xlink:href|srcset|poster|data)$/.test(a) &&
        /^(javascript|data|vbscript):/.test(v)
      )
        found.push(`${name}[${a}=${v.slice(0, 30)}]`);
    }
    found.push(...dangers(el.shadowRoot));
  }
  return found;
}

function showsContent(el: Element): boolean {
  return (el.shadowRoot?.textContent ?? '').trim().length > 0;
}

/**
 * Inputs whose documented effect can be to show nothing: a banner outside its show-from /
 * show-until window renders nothing and takes no space. For these the check is
 * "content, or nothing at all and no room taken" — never a half-empty element.
 */
const MAY_HIDE: Record<string, string[]> = {
  'endht-blue-heart': ['show-from', 'show-until', 'showFrom', 'showUntil'],
};
function contentOrGone(el: Element, input: string): boolean {
  if (showsContent(el)) return true;
  return (MAY_HIDE[el.localName] ?? []).includes(input) && el.getBoundingClientRect().height === 0;
}

describe('hostile input: every attribute and property of every element (fast-check)', () => {
  const summary: string[] = [];
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));

  before(async () => {
    await importEveryElement();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    summary.forEach((s) => console.log(s));
  });

  it('the fuzzer finds attributes and properties to try (control)', () => {
    const ctor = customElements.get('endht-countdown') as LitCtor;
    expect(ctor.observedAttributes).to.include.members(['time-zone', 'precision', 'variant', 'date', 'label', 'theme']);
  });

  it('the checks can fail (control: a planted handler and javascript: link are found)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const a = document.createElement('a');
    a.setAttribute('href', ' javascript:alert(1)');
    a.setAttribute('onclick', 'x()');
    root.append(a);
    expect(dangers(root)).to.deep.equal(['a[href=javascript:alert(1)]', 'a[onclick]']);
  });

  for (const tag of ELEMENTS) {
    it(`<${tag}>: attributes`, async () => {
      const ctor = customElements.get(tag) as LitCtor;
      let cases = 0;
      for (const attr of ctor.observedAttributes) {
        const el = document.createElement(tag) as Updatable;
        document.body.append(el);
        try {
          await fc.assert(
            fc.asyncProperty(attrValue, async (value) => {
              cases++;
              errors.length = 0;
              const warnings: string[] = [];
              const warn = console.warn;
              console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
              try {
                el.setAttribute(attr, value);
                await el.updateComplete;
              } finally {
                console.warn = warn;
              }
              expect(errors, `${tag} ${attr}=${JSON.stringify(value).slice(0, 80)}: errors`).to.deep.equal([]);
              expect(warnings.length, `${tag} ${attr}: at most one warning (${warnings.join(' | ')})`).to.be.at.most(1);
              if (warnings.length) expect(warnings[0]).to.contain(`<${tag}>`).and.to.contain(attr);
              expect(dangers(el.shadowRoot), `${tag} ${attr}=${JSON.stringify(value).slice(0, 80)}`).to.deep.equal([]);
              expect(
                contentOrGone(el, attr),
                `${tag} ${attr}=${JSON.stringify(value).slice(0, 80)} still shows content`,
              ).to.equal(true);
            }),
            { numRuns: RUNS, includeErrorInReport: true },
          );
        } finally {
          el.remove();
        }
      }
      summary.push(
        `hostile input <${tag}> attributes: ${ctor.observedAttributes.length} attributes, ${cases} cases, 0 failures`,
      );
    });

    it(`<${tag}>: properties`, async () => {
      const ctor = customElements.get(tag) as LitCtor;
      const props = [...ctor.elementProperties.entries()].filter(([, o]) => !o.state).map(([k]) => k);
      let cases = 0;
      for (const prop of props) {
        const el = document.createElement(tag) as Updatable;
        document.body.append(el);
        try {
          await fc.assert(
            fc.asyncProperty(propValue, async (value) => {
              cases++;
              errors.length = 0;
              const warnings: string[] = [];
              const warn = console.warn;
              console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
              try {
                (el as unknown as Record<string, unknown>)[prop] = value;
                await el.updateComplete;
              } finally {
                console.warn = warn;
              }
              expect(errors, `${tag}.${prop}: errors`).to.deep.equal([]);
              expect(warnings.length, `${tag}.${prop}: at most one warning (${warnings.join(' | ')})`).to.be.at.most(1);
              expect(dangers(el.shadowRoot), `${tag}.${prop}`).to.deep.equal([]);
              expect(contentOrGone(el, prop), `${tag}.${prop} still shows content`).to.equal(true);
            }),
            { numRuns: RUNS, includeErrorInReport: true },
          );
        } finally {
          el.remove();
        }
      }
      summary.push(`hostile input <${tag}> properties: ${props.length} properties, ${cases} cases, 0 failures`);
    });
  }
});

const shadowPart = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
const text = (node: Node) => (node.textContent ?? '').replace(/[\s\u2068\u2069]+/g, ' ').trim();

/** Reproductions of hostile input reported against an earlier version: each as it was reported, on the built file. */
const REPRODUCTIONS: Array<{ defect: string; run: () => Promise<void> }> = [
  {
    defect: '1. an override in an inline countdown’s label reversed "in 196 days"',
    run: async () => {
      const markup =
        '<p>Before <endht-countdown variant="inline" precision="day" label="&#x202E;evil"></endht-countdown> after.</p>';
      const el = await mountInColumn(markup, 'endht-countdown', 480);
      expect(reorderedWords(el, 'evil')).to.deep.equal([]);
      // The inline variant now shows only the relative phrase: a label cannot reach the sentence.
      expect(el.shadowRoot!.textContent).to.not.contain('evil', 'the inline variant shows no label');
      expect(el.shadowRoot!.textContent).to.match(/^in \d+ days$/);
    },
  },
  {
    defect: '1. an override in a donate label reversed "US$5"',
    run: async () => {
      const markup = '<endht-donate label="&#x202E;Donate {amount}" amount="5"></endht-donate>';
      const el = await mountInColumn(markup, 'endht-donate', 480);
      expect(reorderedWords(el, 'Donate')).to.deep.equal([]);
      expect(shadowPart(el, 'button').textContent).to.equal('\u2068\u202eDonate\u2069 US$5');
    },
  },
  {
    defect: '2. 10,000 amounts froze the page for 5 s',
    run: async () => {
      const amounts = Array.from({ length: 10_000 }, (_, i) => i + 1).join(',');
      const { el, ms, warnings } = await fastestMount(
        `<endht-donate amounts="${amounts}"></endht-donate>`,
        'endht-donate',
      );
      expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(6);
      expect(warnings).to.deep.equal(['<endht-donate>: amounts: 10000 entries, more than 6; using the first 6.']);
      expect(ms).to.be.below(100);
    },
  },
  {
    defect: '2. 10,000 site figures took 1 s',
    run: async () => {
      const figure = (i: number) => ({
        id: `f${i}`,
        kind: 'count',
        value: i,
        label: `figure ${i}`,
        year: 2024,
        edition: 'Report',
        publisher: 'NGO',
        sourceTitle: 'Report',
        url: `https://ngo.example/${i}`,
      });
      const json = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => figure(i)));
      const markup = `<endht-stats><script type="application/json">${json}</script></endht-stats>`;
      const { el, ms, warnings } = await fastestMount(markup, 'endht-stats');
      expect(el.shadowRoot!.querySelectorAll('[part="figure"]')).to.have.length(12);
      expect(warnings).to.deep.equal(['<endht-stats>: JSON figures: 10000 entries, more than 12; using the first 12.']);
      expect(ms).to.be.below(100);
    },
  },
  {
    defect: '3. a long German word put the partner heading 11 px outside a 280 px card',
    run: async () => {
      document.documentElement.lang = 'de';
      try {
        const markup = '<endht-partners heading="Unsere Kooperationspartnerorganisationen"></endht-partners>';
        const el = await mountInColumn(markup, 'endht-partners', 280);
        expect(overflowingBoxes(el, el.parentElement!)).to.deep.equal([]);
      } finally {
        document.documentElement.lang = 'en';
      }
    },
  },
  {
    defect: '3. a 55-letter word widened a 360 px page',
    run: async () => {
      const markup = `<endht-partners heading="${LONG_WORD.slice(0, 55)}"></endht-partners>`;
      const el = await mountInColumn(markup, 'endht-partners', 360);
      expect(overflowingBoxes(el, el.parentElement!)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    },
  },
  {
    defect: '4. currency="ABC" was accepted with no warning',
    run: async () => {
      const markup = '<endht-donate currency="ABC" amount="25"></endht-donate>';
      const { el, warnings } = await fastestMount(markup, 'endht-donate');
      expect(warnings).to.deep.equal(['<endht-donate>: currency="ABC" is not valid; using "USD".']);
      expect(text(shadowPart(el, 'button'))).to.equal('Donate US$25');
    },
  },
  {
    defect: '4. amount="999999999.99" currency="JPY" showed JP¥1,000,000,000 but linked 999999999.99',
    run: async () => {
      const markup =
        '<endht-donate amount="999999999.99" currency="JPY" href="https://ngo.example/give?amount={amount}"></endht-donate>';
      const el = await mountInColumn(markup, 'endht-donate', 480);
      const button = shadowPart(el, 'button') as HTMLAnchorElement;
      expect(text(button)).to.equal('Donate JP¥1,000,000,000');
      expect(button.href).to.equal('https://ngo.example/give?amount=1000000000');
    },
  },
];

describe('hostile input, round two: the reported reproductions (dist/endht-widgets.js)', () => {
  before(async () => {
    await importEveryElement();
  });
  for (const { defect, run } of REPRODUCTIONS) it(defect, run);
});

describe('hostile input, round two: every text a page supplies, in every element (dist/endht-widgets.js)', () => {
  describeAuthorTexts(() => importEveryElement());
});
