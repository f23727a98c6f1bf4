// @custom-elements-manifest/analyzer config for the docs (README API reference, builder, site): `npm run manifest` writes ./custom-elements.json. The published package has its own manifest (custom-elements-manifest.config.mjs → dist/npm/).
// packagejson: false lives here because the CLI's `--packagejson false` is rejected by 0.11.0
// ("Unknown value: false": the flag is a bare boolean), and without it the analyzer writes a
// "customElements" field into package.json.
/**
 * The analyzer lists modules in the order its file reads finish, which varies from run to run;
 * sorted by path, the manifest (and the staleness check in npm test) is deterministic.
 */
export const sortedModules = () => ({
  name: 'endht-sorted-modules',
  packageLinkPhase: ({ customElementsManifest }) => customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
});

/**
 * src/core/element.ts (EndhtElement, the base class of every element) is read so that the
 * elements' inherited members (the static `version`) are listed; it defines no tag, so it is
 * not marked as a custom element.
 */
export const baseClassNotAnElement = () => ({
  name: 'endht-base-class',
  packageLinkPhase: ({ customElementsManifest }) => {
    for (const mod of customElementsManifest.modules) for (const d of mod.declarations ?? []) if (d.customElement && !d.tagName) delete d.customElement;
  },
});

export default {
  globs: ['src/elements/**/*.ts', 'src/core/element.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  packagejson: false,
  outdir: '.',
  plugins: [baseClassNotAnElement(), sortedModules()],
};
