// Source rules (part of npm test): shipped code in src/ (tests and generated files excepted)
// must not render raw HTML, evaluate strings, or make network requests of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const RULES = [
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b/, 'raw HTML directive (unsafeHTML/unsafeSVG/unsafeStatic)'],
  [
    /\.(?:inner|outer)HTML\s*=(?!=)|insertAdjacentHTML|document\.write(?:ln)?\s*\(|createContextualFragment|\.setHTMLUnsafe\s*\(/,
    'raw HTML assignment',
  ],
  [/\beval\s*\(|\bnew\s+Function\s*\(|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/, 'string evaluation'],
  [
    /\bfetch\s*\(|\bXMLHttpRequest\b|\bsendBeacon\b|\bnew\s+WebSocket\b|\bnew\s+EventSource\b|\bnew\s+Image\s*\(|\bimportScripts\s*\(/,
    'network request',
  ],
  [/\bdocument\.cookie\b/, 'cookie access'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'generated') yield* files(p);
    } else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) {
      yield p;
    }
  }
}

const problems = [];
let checked = 0;
let messages = 0;
for (const file of files('src')) {
  checked++;
  const source = readFileSync(file, 'utf8');
  // Every msg() names its id: the drop-in build shortens the ids and leaves out @lit/localize's
  // id hashing (vite.config.ts, compactLocalization), so a message without one would never be
  // translated there. The call is read up to its closing parenthesis.
  const code = source.replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, ''); // comments mention msg()
  for (const m of code.matchAll(/(?<![\w.$])msg\(/g)) {
    messages++;
    let depth = 0;
    let end = m.index;
    for (; end < code.length; end++) {
      const c = code[end];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    const call = code.slice(m.index, end + 1);
    if (!/\bid:\s*['"`][^'"`]+['"`]/.test(call))
      problems.push(`${relative('.', file)}: msg() without an id: ${call.slice(0, 80)}`);
  }
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, ''); // a rule named in a comment is not a use
    for (const [re, what] of RULES)
      if (re.test(code)) problems.push(`${relative('.', file)}:${i + 1}: ${what}: ${line.trim()}`);
    // Only our page set-up (used by the drop-in entry and the npm entries) configures
    // @lit/localize; element modules never do (a host app that uses it would throw).
    if (/\bconfigureLocalization\s*\(/.test(code) && relative('.', file) !== 'src/page-localization.ts') {
      problems.push(
        `${relative('.', file)}:${i + 1}: configureLocalization outside src/page-localization.ts: ${line.trim()}`,
      );
    }
  });
}
if (problems.length) {
  console.error(
    `Source rules broken (DESIGN §2: no raw HTML, no eval, no request of its own; every msg() has an id):\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(`source rules: ${checked} files checked (${messages} msg() calls), 0 problems`);
