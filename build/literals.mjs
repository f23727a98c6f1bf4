// @ts-check
// The options of the literal minifier (@literals/html-css-minifier: html-minifier-next for Lit's
// html`…` and svg`…` templates, Lightning CSS for css`…`), shared by the drop-in build
// (vite.config.ts) and the npm build (build/npm.mjs), so both ship the same templates.
export const LITERALS_OPTIONS = {
  minifyOptions: {
    // Keep `<path … />`: an svg`…` template is parsed as SVG, where a <path> that is not closed
    // would swallow the elements after it.
    keepClosingSlash: true,
    // Collapse each run of whitespace to one space, never to nothing: a template is a fragment of
    // a page, and a space at its edge (`<b>${short}</b> ` before a name) is text, as in the source.
    conservativeCollapse: true,
  },
};
