// @custom-elements-manifest/analyzer config: `npx cem analyze` writes ./custom-elements.json.
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
