// Part of npm test (after `npm run build:npm`): the custom elements manifest must describe the
// code exactly. For every element under src/elements/*/ it compares what the CODE has with what
// dist/npm/custom-elements.json says, both ways:
//   attributes and reactive properties   the built class's Lit metadata (elementProperties)
//   read-only properties                 public getters on the class prototype
//   events                               exported Event subclasses with a static eventName, and
//                                        `new CustomEvent('…')`/`new Event('…')` in the source
//   parts                                part="…" in the element's templates (also in the shared
//                                        render helpers it imports directly: data/themes.ts, …)
//   custom properties                    var(--endht-…) in the element's compiled styles
//   slots                                <slot> in the templates (code → manifest only: an
//                                        element may document light-DOM content it reads)
// It also requires a description on everything, a summary and tag on each element, the event
// classes as @fires types, the tags and events in HTMLElementTagNameMap /
// GlobalEventHandlersEventMap, and every tag in the generated VS Code, JSX and Vue files.
// Custom property defaults that differ from the fallback in the CSS are reported as warnings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listElements } from '../build/elements.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

/** Balanced-parenthesis fallbacks of every var(--endht-…) in a stylesheet: name → Set of fallbacks. */
export function customPropertiesIn(cssText) {
  const out = new Map();
  const re = /var\(\s*(--endht-[a-z0-9-]+)\s*(,)?/g;
  let m;
  while ((m = re.exec(cssText))) {
    const name = m[1];
    if (!out.has(name)) out.set(name, new Set());
    if (!m[2]) continue;
    let depth = 1;
    let i = re.lastIndex;
    const start = i;
    for (; i < cssText.length && depth > 0; i++) {
      if (cssText[i] === '(') depth++;
      else if (cssText[i] === ')') depth--;
    }
    out.get(name).add(cssText.slice(start, i - 1).trim());
  }
  return out;
}

/** What the code of one element has, from its built class and its source. */
export async function collectFacts({ name, tag, className }, root = ROOT) {
  const src = readFileSync(join(root, `src/elements/${name}/${name}.ts`), 'utf8');
  // The declarations of the element's folder (its class, its events.ts), as the npm build wrote them.
  const dtsDir = join(root, `dist/npm/elements/${name}`);
  const dts = readdirSync(dtsDir)
    .filter((file) => file.endsWith('.d.ts'))
    .map((file) => readFileSync(join(dtsDir, file), 'utf8'))
    .join('\n');
  /** Whether the declarations say a member is protected or private (TypeScript's privacy is gone from the JS). */
  const hidden = (key) => new RegExp(`\\b(protected|private)\\s+(get\\s+|readonly\\s+)?${key}\\b`).test(dts);
  const mod = await import(pathToFileURL(join(root, `dist/npm/elements/${name}/${name}.js`)).href);
  const cls = mod[className];
  if (typeof cls !== 'function') throw new Error(`${name}.ts does not export ${className}`);
  cls.finalize(); // computes elementStyles (normally done by customElements.define)

  const attributes = new Map(); // attribute → property
  const properties = new Set();
  for (const [prop, opts] of cls.elementProperties) {
    if (opts.state || typeof prop !== 'string' || prop.startsWith('_')) continue;
    properties.add(prop);
    if (opts.attribute !== false)
      attributes.set(typeof opts.attribute === 'string' ? opts.attribute : prop.toLowerCase(), prop);
  }
  for (const key of Object.getOwnPropertyNames(cls.prototype)) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, key);
    if (key.startsWith('_') || key === 'constructor' || !d.get || cls.elementProperties.has(key) || hidden(key))
      continue;
    properties.add(key);
  }

  const events = new Map(); // name → event class name (or null for a plain Event/CustomEvent)
  for (const [exportName, v] of Object.entries(mod)) {
    if (typeof v === 'function' && v.prototype instanceof Event && typeof v.eventName === 'string')
      events.set(v.eventName, exportName);
  }
  for (const [, n] of src.matchAll(/new\s+(?:Custom)?Event\(\s*['"]([^'"]+)['"]/g))
    if (!events.has(n)) events.set(n, null);
  const dispatched = [...src.matchAll(/dispatchEvent\(\s*new\s+([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]);

  const parts = new Set();
  const dynamicParts = /\bpart=\$\{/.test(src);
  // A part written with an interpolation, part="control-${n}", is a family: the JSDoc documents it
  // as `@csspart control-<network>`; both sides are compared as "control-<…>".
  const family = (p) => p.replace(/\$\{[^}]*\}|<[^>]*>/g, '<…>');
  // The element's own templates, the wrapper its base class renders around them, and the modules
  // it imports directly: a shared render helper (a year's theme line, a figure's source line)
  // writes part of its templates.
  const core = readFileSync(join(root, 'src/core/element.ts'), 'utf8');
  const imported = [...src.matchAll(/\bfrom '(\.\.?\/[^']+)\.js'/g)]
    .map(([, path]) => join(root, 'src/elements', name, `${path}.ts`))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  const templates = [src, core, ...imported].join('\n');
  for (const [, list] of templates.matchAll(/\bpart="([^"]*)"/g))
    for (const p of list.split(/\s+/).filter(Boolean)) parts.add(family(p));
  // Links written by core's renderLink() name their part in its options: { part: 'cta' }.
  for (const [, list] of [src, ...imported].join('\n').matchAll(/\bpart:\s*['`]([^'`]*)['`]/g))
    for (const p of list.split(/\s+/).filter(Boolean)) parts.add(family(p));

  const slots = new Set();
  for (const [, attrs] of src.matchAll(/<slot\b([^>]*)>/g)) slots.add(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '');

  const cssText = cls.elementStyles.map((s) => s.cssText ?? String(s)).join('\n');
  const customProperties = customPropertiesIn(cssText);
  // A custom property the element sets from script (style.setProperty) is public too.
  for (const [, n] of src.matchAll(/setProperty\(\s*['"](--endht-[a-z0-9-]+)['"]/g))
    if (!customProperties.has(n)) customProperties.set(n, new Set());

  return {
    name,
    tag,
    className,
    attributes,
    properties,
    events,
    dispatched,
    parts,
    dynamicParts,
    slots,
    customProperties,
    dts,
  };
}

const described = (item) => typeof item?.description === 'string' && item.description.trim().length > 0;

/** Compares one element's code facts with the manifest. Returns { errors, warnings }. */
export function validate(manifest, facts, generated = {}) {
  const errors = [];
  const warnings = [];
  const decls = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })));
  for (const f of facts) {
    const at = `<${f.tag}>`;
    const err = (msg) => errors.push(`${at}: ${msg}`);
    const d = decls.find((x) => x.customElement && x.tagName === f.tag);
    if (!d) {
      err(`not in the manifest (no class with @tag ${f.tag})`);
      continue;
    }
    if (d.name !== f.className) err(`manifest class is ${d.name}, define() registers ${f.className}`);
    if (d.modulePath !== `dist/npm/elements/${f.name}/${f.name}.js`) err(`manifest module is ${d.modulePath}`);
    if (!d.summary?.trim()) err('no @summary');
    if (!described(d)) err('no description');
    const defMod = manifest.modules.find((m) => m.path === `dist/npm/elements/${f.name}/define.js`);
    if (!defMod?.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === f.tag))
      err('no custom-element-definition export for the define module');

    const compare = (what, inCode, inManifest) => {
      for (const n of inCode) if (!inManifest.has(n)) err(`${what} "${n}" is in the code but not in the manifest`);
      for (const n of inManifest) if (!inCode.has(n)) err(`${what} "${n}" is in the manifest but not in the code`);
    };

    // attributes
    const mAttrs = new Map((d.attributes ?? []).map((a) => [a.name, a]));
    compare('attribute', new Set(f.attributes.keys()), new Set(mAttrs.keys()));
    for (const [attr, prop] of f.attributes) {
      const a = mAttrs.get(attr);
      if (a && a.fieldName !== prop)
        err(`attribute "${attr}" maps to property ${prop} in the code, ${a.fieldName} in the manifest`);
      if (a && !described(a)) err(`attribute "${attr}" has no description`);
    }
    // properties (public instance fields)
    const fields = (d.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public'),
    );
    compare('property', f.properties, new Set(fields.map((m) => m.name)));
    for (const m of fields) if (!described(m)) err(`property "${m.name}" has no description`);
    // events
    const mEvents = new Map((d.events ?? []).map((e) => [e.name, e]));
    compare('event', new Set(f.events.keys()), new Set(mEvents.keys()));
    for (const [n, cls] of f.events) {
      const e = mEvents.get(n);
      if (!e) continue;
      if (!described(e)) err(`event "${n}" has no description`);
      if (cls && e.type?.text !== cls)
        err(`event "${n}" is a ${cls}; the manifest says ${e.type?.text ?? 'nothing'} (write @fires {${cls}} ${n})`);
      // (An element may fire another element's event: the takeover's donate link fires endht-donate.)
      if (!facts.some((g) => new RegExp(`['"]${n}['"]\\s*:`).test(g.dts.split('GlobalEventHandlersEventMap')[1] ?? '')))
        err(`event "${n}" is not in GlobalEventHandlersEventMap`);
    }
    const known = new Set([...f.events.values()].filter(Boolean));
    for (const c of f.dispatched)
      if (c !== 'CustomEvent' && c !== 'Event' && !known.has(c))
        err(`dispatches ${c}, which is not an exported Event subclass with a static eventName`);
    // parts
    if (f.dynamicParts) err('part=${…} (a computed part name) cannot be checked: write the names literally');
    compare('part', f.parts, new Set((d.cssParts ?? []).map((p) => p.name.replace(/<[^>]*>/g, '<…>'))));
    for (const p of d.cssParts ?? []) if (!described(p)) err(`part "${p.name}" has no description`);
    // custom properties
    const mProps = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
    compare('custom property', new Set(f.customProperties.keys()), new Set(mProps.keys()));
    for (const [n, fallbacks] of f.customProperties) {
      const p = mProps.get(n);
      if (!p) continue;
      if (!described(p)) err(`custom property "${n}" has no description`);
      if (p.default !== undefined && fallbacks.size && !fallbacks.has(p.default)) {
        warnings.push(
          `${at}: custom property "${n}" is documented with default ${p.default}; the CSS falls back to ${[...fallbacks].join(' / ')}`,
        );
      }
    }
    // slots (code → manifest)
    const mSlots = new Set((d.slots ?? []).map((s) => s.name));
    for (const s of f.slots)
      if (!mSlots.has(s)) err(`slot "${s || '(default)'}" is in the template but not in the manifest`);
    for (const s of d.slots ?? []) if (!described(s)) err(`slot "${s.name || '(default)'}" has no description`);
    // typed use
    if (!new RegExp(`['"]${f.tag}['"]\\s*:\\s*${f.className}\\b`).test(f.dts.split('HTMLElementTagNameMap')[1] ?? ''))
      err('not in HTMLElementTagNameMap');
    for (const [file, text] of Object.entries(generated))
      if (!text.includes(`"${f.tag}"`)) err(`missing from the generated ${file}`);
  }
  // Nothing in the manifest that the code does not have.
  // (A custom element class without a tag, such as the base class EndhtElement, is registered by none.)
  for (const d of decls)
    if (d.customElement && d.tagName && !facts.some((f) => f.tag === d.tagName))
      errors.push(`<${d.tagName}>: in the manifest but no element defines it`);
  return { errors, warnings };
}

export async function checkPackage(root = ROOT) {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/npm/custom-elements.json'), 'utf8'));
  const facts = [];
  for (const el of listElements(root)) facts.push(await collectFacts(el, root));
  const generated = Object.fromEntries(
    ['vscode.html-custom-data.json', 'types/jsx.d.ts', 'types/vue.d.ts'].map((f) => [
      f,
      readFileSync(join(root, 'dist/npm', f), 'utf8'),
    ]),
  );
  return { ...validate(manifest, facts, generated), facts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { errors, warnings, facts } = await checkPackage();
  for (const w of warnings) console.warn(`manifest warning: ${w}`);
  if (errors.length) {
    console.error(
      `The custom elements manifest does not match the code (fix the element's JSDoc, then npm run build:npm):\n  ${errors.join('\n  ')}`,
    );
    process.exit(1);
  }
  const n = (k) => facts.reduce((s, f) => s + (f[k].size ?? 0), 0);
  console.log(
    `manifest: ${facts.length} elements match the code (${n('attributes')} attributes, ${n('properties')} properties, ${n('events')} events, ${n('parts')} parts, ${n('customProperties')} custom properties)`,
  );
}
