// @custom-elements-manifest/analyzer config for the docs (README API reference, builder, site): `npm run manifest` writes ./custom-elements.json. The published package has its own manifest (custom-elements-manifest.config.mjs → dist/npm/).
// packagejson: false lives here because the CLI's `--packagejson false` is rejected by 0.11.0
// ("Unknown value: false": the flag is a bare boolean), and without it the analyzer writes a
// "customElements" field into package.json.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  packagejson: false,
  outdir: '.',
};
