// Reads custom-elements.json into what the embed-code builder and the README's API reference
// need. Used in the browser (demo/builder.ts) and in Node (scripts/docs.mjs): no imports.
//
// The analyzer types every attribute as `string | null | undefined` and records no defaults
// (the elements parse their attributes themselves), so the kind of control, the allowed values
// and the default come from each attribute's JSDoc sentence, written in one house style:
//   `a` (default), `b` or `c`          → enum a|b|c, default a
//   … `YYYY-MM-DD` …                    → date (and `MM-DD` → "every year" allowed)
//   … http/https …, href, url           → URL (http and https only, as the elements accept)
//   type number, … 1–6 (default 2)      → number with min/max/default
//   Default `07-30` / (default `USD`)   → a literal default
//   type boolean                        → checkbox (present = true)

/** @typedef {'enum'|'boolean'|'date'|'url'|'number'|'text'} Kind */
/**
 * @typedef {{ name: string, property: string, kind: Kind, values?: string[], default?: string,
 *   min?: number, max?: number, yearly?: boolean, description: string }} Attr
 * @typedef {{ name: string, type: string, description: string, bubbles: boolean, composed: boolean,
 *   cancelable: boolean }} Evt
 * @typedef {{ tag: string, className: string, summary: string, description: string, module: string,
 *   attributes: Attr[], properties: { name: string, type: string, readonly: boolean, description: string }[],
 *   events: Evt[], slots: { name: string, description: string }[], parts: { name: string, description: string }[],
 *   cssProperties: { name: string, default?: string, description: string }[] }} ElementModel
 */

const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const stripParens = (s) => {
  let out = s;
  for (let i = 0; i < 3; i++) out = out.replace(/\([^()]*\)/g, '');
  return out;
};

/** One attribute's control, from its manifest entry. @returns {Attr} */
export function attributeModel(a) {
  const description = clean(a.description);
  const type = a.type?.text ?? '';
  /** @type {Attr} */
  const m = { name: a.name, property: a.fieldName ?? a.name, kind: 'text', description };
  const literalDefault =
    /Default:?\s*`([^`]+)`/i.exec(description)?.[1] ?? /\(default\s+`([^`]+)`\)/i.exec(description)?.[1];
  if (type === 'boolean') {
    m.kind = 'boolean';
    return m;
  }
  if (/YYYY-MM-DD/.test(description)) {
    m.kind = 'date';
    m.yearly = /`MM-DD`/.test(description);
    if (literalDefault) m.default = literalDefault;
    return m;
  }
  if (/\bhttps?\s*(\/|or)\s*https\b/i.test(description) || a.name === 'href' || a.name === 'url') {
    m.kind = 'url';
    return m;
  }
  if (/\bnumber\b/.test(type)) {
    m.kind = 'number';
    const range = /(\d+)\s*[–-]\s*(\d+)/.exec(description);
    if (range) {
      m.min = Number(range[1]);
      m.max = Number(range[2]);
    }
    const d = /default\s+(\d+(?:\.\d+)?)/i.exec(description);
    if (d) m.default = d[1];
    return m;
  }
  // An enumeration: "`a`, `b` or `c`" once the parenthesised remarks are removed.
  const list = /`[\w-]+`(?:\s*,\s*`[\w-]+`)*\s*,?\s*or\s+`[\w-]+`/.exec(stripParens(description));
  if (list) {
    m.kind = 'enum';
    m.values = [...new Set([...list[0].matchAll(/`([\w-]+)`/g)].map((x) => x[1]))];
    const d = /`([\w-]+)`\s*\(default\b/.exec(description)?.[1] ?? literalDefault;
    if (d && m.values.includes(d)) m.default = d;
    return m;
  }
  if (literalDefault) m.default = literalDefault;
  return m;
}

/** Event flags from the house-style sentence "Bubbles, composed, cancelable: …" / "not cancelable". */
function eventModel(e) {
  const description = clean(e.description);
  const flag = (word) =>
    new RegExp(`\\b${word}\\b`, 'i').test(description) && !new RegExp(`not ${word}\\b`, 'i').test(description);
  return {
    name: e.name,
    type: e.type?.text ?? 'Event',
    description,
    bubbles: flag('bubbles'),
    composed: flag('composed'),
    cancelable: flag('cancelable'),
  };
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
        attributes: (d.attributes ?? []).map(attributeModel),
        properties: (d.members ?? [])
          .filter(
            (x) => x.kind === 'field' && !x.static && !x.privacy && !x.name.startsWith('#') && !attrNames.has(x.name),
          )
          .map((x) => ({
            name: x.name,
            type: clean(x.type?.text),
            readonly: !!x.readonly,
            description: clean(x.description),
          })),
        // The analyzer also lists an event class's constructor fields as nameless "events"
        // (e.g. `network`, `kind`): only names with a description are real events.
        events: (d.events ?? []).filter((e) => e.name && e.description).map(eventModel),
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
