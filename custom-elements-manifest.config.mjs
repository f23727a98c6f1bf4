// @custom-elements-manifest/analyzer config (used by scripts/build-npm.mjs, `npm run build:npm`).
// The manifest describes the PUBLISHED package: module paths point at dist/npm/*.js (not at
// src/*.ts), each element's define module carries its custom-element-definition, and private
// members are left out. Elements are found from src/elements/*/ (never listed by hand); their
// base class, src/core/element.ts, is read for the members they inherit.
import { readFileSync } from 'node:fs';
import { listElements } from './scripts/elements.mjs';
import { baseClassNotAnElement, sortedModules } from './cem.docs.config.mjs';

const toDist = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/npm/$1.js');

/** Rewrites every module path (and every reference to one) from src/*.ts to dist/npm/*.js. */
function publishedPaths() {
  const fix = (node) => {
    if (Array.isArray(node)) return node.forEach(fix);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = toDist(v);
      else fix(v);
    }
  };
  return { name: 'endht-published-paths', packageLinkPhase: ({ customElementsManifest }) => fix(customElementsManifest.modules) };
}

/** define('<tag>', Class) is our own idempotent helper, which the analyzer does not know. */
function defineCalls() {
  return {
    name: 'endht-define-calls',
    packageLinkPhase: ({ customElementsManifest }) => {
      for (const { name, tag, className } of listElements()) {
        const mod = customElementsManifest.modules.find((m) => m.path === `src/elements/${name}/define.ts`);
        if (!mod) continue;
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
        mod.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: `src/elements/${name}/${name}.ts` },
        });
      }
    },
  };
}

/**
 * The custom properties documented once on baseStyles (src/core/styles.ts, `@cssproperty` tags)
 * are added to every element whose class module uses baseStyles and does not document them itself.
 */
function sharedCustomProperties() {
  const text = readFileSync(new URL('./src/core/styles.ts', import.meta.url), 'utf8');
  const shared = [...text.matchAll(/@cssproperty\s+\[(--[\w-]+)(?:=([^\]]*))?\]\s*-\s*(.+)/g)].map(([, name, def, description]) => ({
    description: description.trim(),
    name,
    ...(def ? { default: def } : {}),
  }));
  return {
    name: 'endht-shared-custom-properties',
    packageLinkPhase: ({ customElementsManifest }) => {
      for (const { name } of listElements()) {
        const path = `src/elements/${name}/${name}.ts`;
        if (!/\bbaseStyles\b/.test(readFileSync(new URL(`./${path}`, import.meta.url), 'utf8'))) continue;
        const mod = customElementsManifest.modules.find((m) => m.path === path);
        for (const decl of mod?.declarations ?? []) {
          if (!decl.customElement) continue;
          const own = new Set((decl.cssProperties ?? []).map((p) => p.name));
          decl.cssProperties = [...(decl.cssProperties ?? []), ...shared.filter((p) => !own.has(p.name))];
        }
      }
    },
  };
}

/**
 * `this.dispatchEvent(new SomeEvent())` makes the analyzer list an event without a name (it
 * reads the name from the first constructor argument); the `@fires {SomeEvent} name` tag is the
 * one that documents it. Nameless entries are dropped (an event class fired but not documented
 * still fails the manifest check).
 */
function namedEventsOnly() {
  return {
    name: 'endht-named-events',
    packageLinkPhase: ({ customElementsManifest }) => {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.events) decl.events = decl.events.filter((e) => typeof e.name === 'string' && e.name.startsWith('endht-'));
      }
    },
  };
}

/** Private and protected members (Lit internals, `_state`…) are not public API. */
function publicOnly() {
  return {
    name: 'endht-public-only',
    packageLinkPhase: ({ customElementsManifest }) => {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts', 'src/core/element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist/npm',
  litelement: true,
  packagejson: false,
  // publishedPaths runs last: the other plugins match on the source paths.
  plugins: [defineCalls(), sharedCustomProperties(), namedEventsOnly(), publicOnly(), baseClassNotAnElement(), publishedPaths(), sortedModules()],
};
