// Writes the plugin's .pot (gettext template) without wp-cli: the strings of the PHP files
// (__(), _e(), esc_html__(), esc_html_e(), esc_attr__(), esc_attr_e(), _x(), _n()), the editor
// script (wp.i18n's __() and _x()) and the block titles and descriptions in build/blocks/*.
// Only calls whose arguments are single-quoted literals and whose domain is 'endht-widgets'
// are taken; translators' comments (/* translators: … */) just before a call are kept.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const DOMAIN = 'endht-widgets';
const STR = String.raw`'((?:[^'\\]|\\.)*)'`;
const CALL = new RegExp(
  String.raw`(?:/\*\s*(translators:(?:(?!\*/)[\s\S])*)\*/\s*(?:sprintf\(\s*)?)?\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_ex|esc_html_x|esc_attr_x|_n)\(\s*` +
    STR + String.raw`\s*,\s*(?:` + STR + String.raw`\s*,\s*)?(?:` + STR + String.raw`\s*,\s*)?(?:[^,()]*,\s*)?'${DOMAIN}'\s*\)`,
  'g',
);

const files = (dir, ext) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
const unescape = (s) => s.replace(/\\(['\\])/g, '$1');
const po = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';

export function makePot(plugin, version) {
  /** key → { msgid, msgctxt?, plural?, refs: string[], comment? } */
  const entries = new Map();
  const add = (e, ref) => {
    const key = `${e.msgctxt ?? ''}\u0004${e.msgid}`;
    const seen = entries.get(key);
    if (seen) seen.refs.push(ref);
    else entries.set(key, { ...e, refs: [ref] });
  };
  const sources = [
    ...['endht-widgets.php', 'uninstall.php'].map((f) => join(plugin, f)),
    ...files(join(plugin, 'includes'), '.php'),
    ...files(join(plugin, 'editor'), '.js'),
  ];
  for (const file of sources) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(CALL)) {
      const line = code.slice(0, m.index).split('\n').length + (m[1] ? m[0].slice(0, m[0].indexOf(m[2] + '(')).split('\n').length - 1 : 0);
      const [, comment, fn, a, b, c] = m;
      const e = { msgid: unescape(a), comment: comment?.trim() };
      if (fn === '_n') Object.assign(e, { plural: unescape(b ?? '') });
      else if (/x$/.test(fn) && b !== undefined) e.msgctxt = unescape(b);
      add(e, `${relative(plugin, file)}:${line}`);
    }
  }
  const blocks = join(plugin, 'build', 'blocks');
  if (existsSync(blocks)) {
    for (const f of files(blocks, 'block.json')) {
      const b = JSON.parse(readFileSync(f, 'utf8'));
      const ref = relative(plugin, f);
      add({ msgid: b.title, msgctxt: 'block title' }, ref);
      add({ msgid: b.description, msgctxt: 'block description' }, ref);
      for (const k of b.keywords ?? []) add({ msgid: k, msgctxt: 'block keyword' }, ref);
    }
  }
  let out = `# Copyright (C) endht-widgets contributors
# This file is distributed under the MIT licence (GPL-compatible), like the plugin.
msgid ""
msgstr ""
"Project-Id-Version: endht widgets ${version}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Domain: ${DOMAIN}\\n"
"X-Generator: wordpress/tools/pot.mjs\\n"
`;
  for (const e of entries.values()) {
    out += '\n';
    if (e.comment) out += `#. ${e.comment.replace(/\s+/g, ' ')}\n`;
    out += `#: ${e.refs.join(' ')}\n`;
    if (e.msgctxt) out += `msgctxt ${po(e.msgctxt)}\n`;
    out += `msgid ${po(e.msgid)}\n`;
    if (e.plural !== undefined) out += `msgid_plural ${po(e.plural)}\nmsgstr[0] ""\nmsgstr[1] ""\n`;
    else out += 'msgstr ""\n';
  }
  return out;
}
