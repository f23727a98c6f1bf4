/*
 * `endht-widgets/ssr` (Node only): renders the widgets to HTML with declarative shadow DOM, so a
 * CMS or a static site can ship their content without JavaScript, and the drop-in file (or the
 * npm entries) can hydrate it later. Built on @lit-labs/ssr.
 *
 *   import { renderToString } from 'endht-widgets/ssr';
 *   const html = await renderToString('<endht-countdown time-zone="Europe/Vienna"></endht-countdown>', {
 *     locale: 'fr',
 *   });
 *
 * Importing this module defines every element in @lit-labs/ssr's server-side registry and
 * configures the widgets' localization (it must not be imported in a browser).
 */
import './window.js';
import { render, html as serverHtml, LitElementRenderer } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { setLocale, getLocale, VERSION } from '../index.js';
import { SUPPORTED_LOCALES, matchLocale, type SupportedLocale } from '../core/locale.js';
import { DROP_IN_TAGS as TAGS } from '../entries/tags.js';
import { holdWindow, releaseWindow } from './window.js';
import { ADAPTERS, type ParsedElement } from './adapters.js';

// The elements are loaded: core/locale.ts has subscribed to the stand-in window.
releaseWindow();

export { TAGS, SUPPORTED_LOCALES, VERSION, getLocale };

export interface RenderOptions {
  /**
   * One of en (default), fr, es, ar, zh-Hans, ru; other BCP 47 tags are matched by their
   * language (`fr-CA` → fr, `zh-CN` → zh-Hans). An unsupported one is an error.
   */
  locale?: string;
  /**
   * The moment to render (a Date or epoch milliseconds); default: now. Time-dependent widgets
   * (the countdown) render the state at this moment; the browser brings them up to date when
   * the JavaScript loads.
   */
  now?: Date | number;
}

/** What `renderElement` puts on the element. */
export interface ElementInit {
  /** Attributes (escaped). `true` gives an empty attribute, `false`/null/undefined none. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** Properties set on the element before it renders (e.g. `{ partners: [...] }`). */
  properties?: Record<string, unknown>;
  /** Light-DOM children, as trusted HTML (e.g. `<a href>` links for <endht-partners>). */
  content?: string;
}

type Parsed = DefaultTreeAdapterMap['parentNode'];
type Props = Record<string, unknown>;

/** Property assignments for the element instances of the render in progress, per tag, in document order. */
let pending: Map<string, Props[]> | undefined;

LitElementRenderer.renderOptions.push((element) => {
  const props = pending?.get(element.localName)?.shift();
  if (props) Object.assign(element, props);
  return undefined;
});

/** Renders are serialized: the locale and the pinned clock are process-wide while one runs. */
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

function resolveLocale(locale: string | undefined): SupportedLocale {
  if (locale === undefined || locale === '') return 'en';
  const m = matchLocale(locale);
  if (!m)
    throw new RangeError(`endht-widgets/ssr: unsupported locale "${locale}" (one of ${SUPPORTED_LOCALES.join(', ')})`);
  return m;
}

function resolveNow(now: Date | number | undefined): number | undefined {
  if (now === undefined) return undefined;
  const t = now instanceof Date ? now.getTime() : now;
  if (typeof t !== 'number' || !Number.isFinite(t))
    throw new RangeError('endht-widgets/ssr: `now` is not a valid date');
  return t;
}

function* elementsOf(node: Parsed): Generator<ParsedElement> {
  const kids =
    node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
  for (const child of kids) {
    if ('tagName' in child) {
      yield child;
      yield* elementsOf(child);
    }
  }
}

/** A static template from HTML that parse5 has just serialized (so it is well formed and escaped). */
function staticTemplate(markup: string) {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return serverHtml(strings);
}

async function renderMarkup(
  markup: string,
  options: RenderOptions,
  extra?: { tag: string; props: Props },
): Promise<string> {
  if (typeof markup !== 'string') throw new TypeError('endht-widgets/ssr: markup must be a string');
  const locale = resolveLocale(options.locale);
  const now = resolveNow(options.now);
  const fragment = parseFragment(markup);

  const props = new Map<string, Props[]>();
  for (const el of elementsOf(fragment)) {
    if (!el.tagName.startsWith('endht-')) continue;
    if (!(TAGS as readonly string[]).includes(el.tagName)) {
      console.warn(
        `endht-widgets/ssr: <${el.tagName}> is not an endht-widgets element (known: ${TAGS.join(', ')}); ` +
          'it is left as it is.',
      );
      continue;
    }
    const list = props.get(el.tagName) ?? [];
    const adapted = ADAPTERS[el.tagName]?.(el) ?? {};
    list.push(extra && extra.tag === el.tagName && list.length === 0 ? { ...adapted, ...extra.props } : adapted);
    props.set(el.tagName, list);
  }
  const template = staticTemplate(serialize(fragment));

  return exclusive(async () => {
    holdWindow();
    try {
      await setLocale(locale);
    } finally {
      releaseWindow();
    }
    const realNow = Date.now;
    if (now !== undefined) Date.now = () => now;
    pending = props;
    try {
      return collectResultSync(render(template));
    } finally {
      pending = undefined;
      Date.now = realNow;
    }
  });
}

/**
 * Renders HTML that contains endht-widgets tags: each of our elements gets its content as a
 * declarative shadow root (`<template shadowrootmode="open">`), everything else is kept as
 * written (normalized by an HTML parser). The markup is trusted HTML, like the page it goes
 * into: it is not a sanitizer, so never pass a visitor's input (use `renderElement`, which
 * escapes attribute values, to build a tag from data).
 */
export function renderToString(markup: string, options: RenderOptions = {}): Promise<string> {
  try {
    return renderMarkup(markup, options);
  } catch (e) {
    return Promise.reject(e);
  }
}

const escapeAttr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Renders one element from data: attribute values are escaped, properties (arrays, objects)
 * are set on the element before it renders.
 *
 *   const partners = [{ name: 'ACME', href: 'https://acme.example' }];
 *   await renderElement('endht-partners', { properties: { partners } }, { locale: 'es' });
 */
export function renderElement(tag: string, init: ElementInit = {}, options: RenderOptions = {}): Promise<string> {
  try {
    if (!(TAGS as readonly string[]).includes(tag)) {
      throw new RangeError(`endht-widgets/ssr: unknown element "${tag}" (one of ${TAGS.join(', ')})`);
    }
    let attrs = '';
    for (const [name, value] of Object.entries(init.attributes ?? {})) {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new RangeError(`endht-widgets/ssr: invalid attribute name "${name}"`);
      if (value === false || value === null || value === undefined) continue;
      attrs += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
    }
    return renderMarkup(`<${tag}${attrs}>${init.content ?? ''}</${tag}>`, options, {
      tag,
      props: init.properties ?? {},
    });
  } catch (e) {
    return Promise.reject(e);
  }
}
