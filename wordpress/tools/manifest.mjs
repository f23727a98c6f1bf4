// Reads custom-elements.json into what the WordPress plugin needs: one entry per custom element
// (a block, a shortcode value) and, for each attribute, the kind of inspector control.
// Pure functions, no imports: unit-tested on a small manifest in wordpress/test/manifest.test.mjs.
//
// Typed manifests first (an attribute's `type.text`, and `parsedType.text` where the analyzer's
// type-parser plugin expanded an alias):
//   'a' | 'b' | 'c'             → enum (a SelectControl)      1 | 2 | 3 → enum too
//   boolean                     → boolean (a ToggleControl; present = true)
//   number                      → number
//   DateString                  → date (YYYY-MM-DD, or MM-DD for "every year")
//   HttpUrl                     → url (http and https only, as the elements accept)
//   anything else               → text
// `| undefined` and `| null` in a union are ignored. `default` is a JS literal as text ("'second'",
// "false", "30"), or the name of a constant of the same module (`DEFAULT_EXIT_URL`), whose own
// literal is then used.
//
// Manifests whose attributes are all `string | null | undefined` (the elements parse their own
// attributes) carry the same facts in each attribute's JSDoc sentence, in one house style; those
// are read as a fallback, so the plugin builds from either form:
//   `a` (default), `b` or `c`   → enum a|b|c, default a
//   … `YYYY-MM-DD` …            → date (`MM-DD` mentioned → "every year" allowed)
//   … http/https …, href, url   → url
//   … 1–6 (default 2)           → number with min, max and default

/** @typedef {'enum'|'boolean'|'number'|'date'|'url'|'text'} Kind */
/**
 * @typedef {{ name: string, field: string, kind: Kind, values?: string[], default?: string,
 *   min?: number, max?: number, yearly?: boolean, description: string }} Attr
 * @typedef {{ tag: string, slug: string, className: string, summary: string, module: string,
 *   attributes: Attr[] }} Element
 */

const clean = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

/** Splits a TypeScript union at its top level: `'a' | Array<b | c>` → [`'a'`, `Array<b | c>`]. */
export function unionMembers(text) {
  const out = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of String(text ?? '')) {
    if (quote) {
      if (ch === quote) quote = '';
      cur += ch;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('<([{'.includes(ch)) depth++;
    else if ('>)]}'.includes(ch)) depth--;
    else if (ch === '|' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur.trim());
  return out.filter((m) => m && m !== 'undefined' && m !== 'null');
}

const STRING_LITERAL = /^(['"`])(.*)\1$/s;
const NUMBER_LITERAL = /^-?\d+(\.\d+)?$/;

/** A JS literal written as text (`'second'`, `"a"`, `30`, `false`) → its string value; undefined if not a literal. */
export function literalValue(text) {
  const t = clean(text);
  if (!t || t === 'undefined' || t === 'null') return undefined;
  const s = STRING_LITERAL.exec(t);
  if (s) return s[2];
  if (NUMBER_LITERAL.test(t) || t === 'true' || t === 'false') return t;
  return undefined;
}

const stripParens = (s) => {
  let out = s;
  for (let i = 0; i < 3; i++) out = out.replace(/\([^()]*\)/g, '');
  return out;
};

/** The kind of one attribute from its types alone; undefined when the types say nothing (plain string). */
function kindFromTypes(typeText, parsedText) {
  const named = `${typeText} ${parsedText}`;
  if (/\bDateString\b/.test(named)) return { kind: 'date', yearly: true };
  if (/\bHttpUrl\b/.test(named)) return { kind: 'url' };
  const members = unionMembers(parsedText || typeText);
  if (!members.length) return undefined;
  if (members.every((m) => m === 'boolean' || m === 'true' || m === 'false')) return { kind: 'boolean' };
  if (members.every((m) => STRING_LITERAL.test(m) || NUMBER_LITERAL.test(m))) {
    return { kind: 'enum', values: [...new Set(members.map((m) => literalValue(m)))] };
  }
  if (members.includes('number') && members.every((m) => m === 'number' || m === 'string')) return { kind: 'number' };
  return undefined;
}

/**
 * One attribute's control, from its manifest entry. `constants`: the literals of the module's own
 * variables by name, for a default written as a constant's name.
 * @returns {Attr}
 */
export function attributeModel(a, constants = {}) {
  const description = clean(a.description);
  const typeText = clean(a.type?.text);
  const parsedText = clean(a.parsedType?.text);
  /** @type {Attr} */
  const m = { name: a.name, field: a.fieldName ?? a.name, kind: 'text', description };
  const proseDefault =
    /Default:?\s*`([^`]+)`/i.exec(description)?.[1] ?? /\(default\s+`([^`]+)`\)/i.exec(description)?.[1];
  const typed = kindFromTypes(typeText, parsedText);
  const literal = literalValue(a.default) ?? literalValue(constants[clean(a.default)]);

  if (typed) Object.assign(m, typed);
  else if (/YYYY-MM-DD/.test(description)) Object.assign(m, { kind: 'date', yearly: /`MM-DD`/.test(description) });
  else if (/\bhttps?\s*(\/|or)\s*https\b/i.test(description) || a.name === 'href' || a.name === 'url') m.kind = 'url';
  else {
    // "`a`, `b` or `c`" once the parenthesised remarks are removed.
    const list = /`[\w-]+`(?:\s*,\s*`[\w-]+`)*\s*,?\s*or\s+`[\w-]+`/.exec(stripParens(description));
    if (list) {
      m.kind = 'enum';
      m.values = [...new Set([...list[0].matchAll(/`([\w-]+)`/g)].map((x) => x[1]))];
    }
  }

  if (m.kind === 'number' || (m.kind === 'enum' && m.values?.every((v) => NUMBER_LITERAL.test(v)))) {
    const range = /(\d+)\s*[–-]\s*(\d+)/.exec(description);
    if (range) {
      m.min = Number(range[1]);
      m.max = Number(range[2]);
    }
  }

  // The default: the manifest's literal, else the house-style sentence.
  let d = literal;
  if (d === undefined && m.kind === 'enum') d = /`([\w-]+)`\s*\(default\b/.exec(description)?.[1] ?? proseDefault;
  if (d === undefined && m.kind === 'number') d = /default\s+(\d+(?:\.\d+)?)/i.exec(description)?.[1];
  if (d === undefined && m.kind !== 'boolean') d = proseDefault;
  if (m.kind === 'boolean') d = d === 'true' ? 'true' : undefined;
  if (d !== undefined && (m.kind !== 'enum' || m.values?.includes(d))) m.default = d;
  return m;
}

/** `endht-blue-heart` → `blue-heart`: the block's and the shortcode's name for an element. */
export const slugOf = (tag) => tag.replace(/^endht-/, '');

/** Every custom element in the manifest (declarations with a tagName), sorted by tag. @returns {Element[]} */
export function elementsFromManifest(manifest) {
  /** @type {Element[]} */
  const out = [];
  for (const mod of manifest.modules ?? []) {
    const constants = Object.fromEntries(
      (mod.declarations ?? []).filter((d) => d.kind === 'variable' && d.name).map((d) => [d.name, d.default]),
    );
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      out.push({
        tag: d.tagName,
        slug: slugOf(d.tagName),
        className: d.name,
        summary: clean(d.summary) || clean(d.description).split(/(?<=\.)\s/)[0] || d.tagName,
        module: mod.path,
        attributes: (d.attributes ?? []).filter((a) => a.name).map((a) => attributeModel(a, constants)),
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** A block attribute's definition in block.json for a manifest attribute. */
export function blockAttribute(attr) {
  return attr.kind === 'boolean' ? { type: 'boolean', default: attr.default === 'true' } : { type: 'string' };
}
