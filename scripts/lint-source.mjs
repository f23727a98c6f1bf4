// Source rules (part of npm test): shipped code in src/ (tests and generated files excepted)
// must not render raw HTML, evaluate strings, or make network requests of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const RULES = [
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b/, 'raw HTML directive (unsafeHTML/unsafeSVG/unsafeStatic)'],
  [/\.(?:inner|outer)HTML\s*=(?!=)|insertAdjacentHTML|document\.write(?:ln)?\s*\(|createContextualFragment|\.setHTMLUnsafe\s*\(/, 'raw HTML assignment'],
  [/\beval\s*\(|\bnew\s+Function\s*\(|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/, 'string evaluation'],
  [/\bfetch\s*\(|\bXMLHttpRequest\b|\bsendBeacon\b|\bnew\s+WebSocket\b|\bnew\s+EventSource\b|\bnew\s+Image\s*\(|\bimportScripts\s*\(/, 'network request'],
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
for (const file of files('src')) {
  checked++;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, ''); // a rule named in a comment is not a use
    for (const [re, what] of RULES) if (re.test(code)) problems.push(`${relative('.', file)}:${i + 1}: ${what}: ${line.trim()}`);
    // Only our page set-up (used by the drop-in entry and the npm entries) configures
    // @lit/localize; element modules never do (a host app that uses it would throw).
    if (/\bconfigureLocalization\s*\(/.test(code) && relative('.', file) !== 'src/page-localization.ts') {
      problems.push(`${relative('.', file)}:${i + 1}: configureLocalization outside src/page-localization.ts: ${line.trim()}`);
    }
  });
}
if (problems.length) {
  console.error(`Source rules broken (DESIGN §2: no raw HTML, no eval, no request of its own):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`source rules: ${checked} files checked, 0 problems`);
