// The repository explains itself: no tracked file may point at a document, a discussion or a folder
// that only its authors had (a design note or a content study next to the repository, an issue
// tracker's numbers). What such a reference meant is written down in docs/ instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;

/** What counts as a reference outside the repository. */
export const OUTSIDE = [
  { pattern: /(?<!interop\/)(?<![\w-])shared\//, what: 'a folder next to the repository (shared/…)' },
  { pattern: /\bDESIGN\s*§/, what: 'a section of an outside design note (DESIGN §…)' },
  { pattern: /\bDESIGN\.md\b/, what: 'an outside design note (DESIGN.md; ours is docs/design.md)' },
  { pattern: /\bcontent\.md\b/i, what: 'an outside content study (content.md)' },
  { pattern: /\bissues?\s+#?\d+/i, what: 'an issue by number' },
  { pattern: /\bissue\s+owner\b/i, what: 'the owner of an issue' },
  { pattern: /\bthe\s+issue(?:'s|\s+(?:asks|says|names|about))\b/i, what: 'an issue of a tracker, as "the issue"' },
];

/** The outside references in a text, as "line: what (the text)" strings. */
export function outsideReferences(text) {
  const found = [];
  text.split('\n').forEach((line, i) => {
    for (const { pattern, what } of OUTSIDE) {
      const m = pattern.exec(line);
      if (m) found.push(`${i + 1}: ${what} ("${m[0]}")`);
    }
  });
  return found;
}

/** This file: its samples are outside references on purpose. */
const SELF = 'test/node/self-contained.test.mjs';

/** Every tracked file, without lock files (written by npm, full of third-party text) and this one. */
function trackedFiles() {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && f !== SELF && !/(^|\/)package-lock\.json$/.test(f));
}

test('the patterns find each kind of outside reference (the check can fail)', () => {
  for (const sample of [
    'see ../shared/notes for the palette',
    'as DESIGN §3 says',
    'from DESIGN.md',
    'research/content.md §6 found no list',
    'Target (issue 8)',
    'Issue #12 asked for it',
    'issues 2 and 8',
    'a choice for the issue owner',
    'the lines the issue names',
    "the issue's address",
  ]) {
    assert.equal(outsideReferences(sample).length, 1, sample);
  }
  for (const fine of [
    'docs/design.md, "Visual language"',
    'docs/sources.md',
    'an issue with the date',
    'the shared clock',
    'test/interop/shared/app.mjs, a folder of this repository',
    'open an issue on the tracker',
  ]) {
    assert.deepEqual(outsideReferences(fine), [], fine);
  }
});

test('no tracked file refers to a file, document or discussion outside the repository', () => {
  const files = trackedFiles();
  assert.ok(files.length > 100, `git ls-files lists the repository (${files.length} files)`);
  const problems = [];
  for (const file of files) {
    let bytes;
    try {
      bytes = readFileSync(join(ROOT, file));
    } catch {
      continue; // deleted in the work tree, not yet in the index
    }
    if (bytes.includes(0)) continue; // binary: images, fonts, archives
    for (const found of outsideReferences(bytes.toString('utf8'))) problems.push(`${file}:${found}`);
  }
  assert.deepEqual(problems, [], `outside references:\n${problems.join('\n')}`);
});
