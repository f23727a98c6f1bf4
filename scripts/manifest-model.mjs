// Reads custom-elements.json into what the embed-code builder, the API tables of docs/elements/ and the
// site's element pages need. Used in the browser (demo/builder-app.ts) and in Node
// (scripts/docs.mjs, scripts/site-pages.mjs): no imports.
//
// Everything comes from the types the analyzer records (with @wc-toolkit/type-parser's
// `parsedType`, where a type alias is expanded) and from its `default`, never from the prose:
//   a union of string literals ('a' | 'b')   → a choice of those values
//   boolean                                  → a checkbox (present = true)
//   number                                   → a number
//   DateString (src/core/calendar.ts)        → a date: YYYY-MM-DD, or MM-DD for every year
//   HttpUrl (src/core/url.ts)                → a URL, http or https only, as the elements accept
//   anything else                            → text

/** @typedef {'enum'|'boolean'|'date'|'url'|'number'|'text'} Kind */
/**
 * @typedef {{ name: string, property: string, kind: Kind, values?: string[], default?: string,
 *   description: string, label: string, hint: string }} Attr
 * @typedef {{ name: string, type: string, description: string }} Evt
 * @typedef {{ tag: string, className: string, summary: string, description: string, module: string, file: string,
 *   attributes: Attr[], properties: { name: string, type: string, readonly: boolean, description: string }[],
 *   events: Evt[], slots: { name: string, description: string }[], parts: { name: string, description: string }[],
 *   cssProperties: { name: string, default?: string, description: string }[] }} ElementModel
 */

const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The members of a union type's text, without `null` and `undefined`. */
const unionMembers = (text) =>
  text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'null' && member !== 'undefined');

/** A string literal as TypeScript prints it ('a' or "a"), without its quotes; else undefined. */
const stringLiteral = (text) =>
  /^'([^'\\]*)'$|^"([^"\\]*)"$/
    .exec(text.trim())
    ?.slice(1)
    .find((s) => s !== undefined);

/** A default as the analyzer records it (the initializer's source), when it is a literal. */
function literalDefault(text) {
  if (text === undefined) return undefined;
  const string = stringLiteral(text);
  if (string !== undefined) return string;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? text.trim() : undefined;
}

/**
 * An attribute's label and hint for people, from its description: a description starts with its label
 * in bold (`**Time zone.** The zone in which …`); without one, the label is the attribute's name in words.
 */
export function labelOf(name, description) {
  const m = /^\*\*([^*]+?)\.?\*\*\s*/.exec(description);
  if (m) return { label: m[1], hint: description.slice(m[0].length) };
  const words = name.replace(/-/g, ' ');
  return { label: words.charAt(0).toUpperCase() + words.slice(1), hint: description };
}

/** One attribute's control, from its manifest entry. @returns {Attr} */
export function attributeModel(a) {
  const declared = a.type?.text ?? '';
  const members = unionMembers(a.parsedType?.text ?? declared);
  const description = clean(a.description);
  /** @type {Attr} */
  const m = {
    name: a.name,
    property: a.fieldName ?? a.name,
    kind: 'text',
    description,
    ...labelOf(a.name, description),
  };
  const literals = members.map(stringLiteral);
  if (/\bDateString\b/.test(declared)) m.kind = 'date';
  else if (/\bHttpUrl\b/.test(declared)) m.kind = 'url';
  else if (members.length === 1 && members[0] === 'boolean') m.kind = 'boolean';
  else if (members.length === 1 && members[0] === 'number') m.kind = 'number';
  else if (members.length > 0 && literals.every((value) => value !== undefined)) {
    m.kind = 'enum';
    m.values = literals;
  }
  const fallback = literalDefault(a.default);
  if (fallback !== undefined && m.kind !== 'boolean') m.default = fallback;
  return m;
}

/**
 * The element's own drop-in file (dist/endht-<folder>.js, as vite.config.ts names it), from its
 * module's path (dist/npm/elements/<folder>/<folder>.js).
 */
function dropInFile(modulePath, tag) {
  const folder = /(?:^|\/)elements\/([^/]+)\//.exec(modulePath)?.[1];
  return folder === undefined ? `${tag}.js` : `endht-${folder}.js`;
}

/** Every custom element in the manifest, sorted by tag name. @returns {ElementModel[]} */
export function elementsFromManifest(manifest) {
  /** @type {ElementModel[]} */
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const attrNames = new Set((d.attributes ?? []).map((a) => a.fieldName));
      out.push({
        tag: d.tagName,
        className: d.name,
        summary: clean(d.summary),
        description: clean(d.description),
        module: mod.path,
        file: dropInFile(mod.path, d.tagName),
        attributes: (d.attributes ?? []).map(attributeModel),
        properties: (d.members ?? [])
          .filter(
            (x) =>
              x.kind === 'field' &&
              !x.static &&
              (x.privacy ?? 'public') === 'public' &&
              !x.name.startsWith('#') &&
              !attrNames.has(x.name),
          )
          .map((x) => ({
            name: x.name,
            type: clean(x.type?.text),
            readonly: x.readonly === true,
            description: clean(x.description),
          })),
        events: (d.events ?? [])
          .filter((e) => e.name)
          .map((e) => ({ name: e.name, type: e.type?.text ?? 'Event', description: clean(e.description) })),
        slots: (d.slots ?? []).map((s) => ({ name: s.name, description: clean(s.description) })),
        parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: clean(p.description) })),
        cssProperties: (d.cssProperties ?? []).map((p) => ({
          name: p.name,
          default: p.default,
          description: clean(p.description),
        })),
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * What an attribute accepts, for the API tables (docs/elements/ and the site), as pieces each of them writes
 * in its own markup: `['code', 'full']` is a code span, `['text', ', ']` plain text.
 * @returns {['code' | 'text', string][]}
 */
export function acceptedValues(a) {
  switch (a.kind) {
    case 'enum':
      return a.values.flatMap((value, i) =>
        i === 0
          ? [['code', value]]
          : [
              ['text', ', '],
              ['code', value],
            ],
      );
    case 'boolean':
      return [['text', 'boolean (present = on)']];
    case 'number':
      return [['text', 'number']];
    case 'date':
      return [
        ['code', 'YYYY-MM-DD'],
        ['text', ' or '],
        ['code', 'MM-DD'],
        ['text', ' (every year)'],
      ];
    case 'url':
      return [['text', 'URL (http, https)']];
    default:
      return [['text', 'text']];
  }
}

/** The sentence the API tables put before an element's events: they all behave the same way. */
export const EVENTS_NOTE =
  'Every event bubbles and is composed (a listener on `document` hears it), and carries its data in `detail`; ' +
  'its description says when it is cancelable.';

/** Whether `raw` is acceptable for a URL attribute: http or https, relative ones against `base`. */
export function isHttpUrl(raw, base) {
  const v = (raw ?? '').trim();
  if (!v) return true;
  try {
    const u = base ? new URL(v, base) : new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The attributes to write for `values` ({ name: string|boolean }): exactly those that differ
 * from the default (empty text, an enum's default, an unchecked box are left out), in manifest order.
 * @returns {[string, string][]}
 */
export function nonDefaultAttributes(element, values) {
  /** @type {[string, string][]} */
  const out = [];
  for (const a of element.attributes) {
    const v = values[a.name];
    if (a.kind === 'boolean') {
      if (v === true) out.push([a.name, '']);
      continue;
    }
    const s = typeof v === 'string' ? v.trim() : '';
    if (!s || s === a.default) continue;
    if (a.kind === 'url' && !isHttpUrl(s, 'https://example.org/')) continue;
    out.push([a.name, s]);
  }
  return out;
}

const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="b" flag></tag>` for the given attribute pairs. */
export function tagSnippet(tag, attrs) {
  const parts = attrs.map(([k, v]) => (v === '' ? k : `${k}="${escAttr(v)}"`));
  return `<${tag}${parts.length ? ' ' + parts.join(' ') : ''}></${tag}>`;
}
