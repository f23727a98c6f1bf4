// Hostile input, property-based (fast-check), against the built bundle. The attributes and
// properties come from each element class itself (observedAttributes and Lit's
// elementProperties), so a new attribute is fuzzed without anyone editing this file.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ELEMENTS, importEveryElement } from '../elements.js';

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
