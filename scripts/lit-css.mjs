// The squeeze that vite.config.ts applies to Lit's css`…` templates in the drop-in build, for
// the unbundled npm modules: comments dropped, whitespace collapsed, spaces around { } ; , : >
// removed where CSS allows. Templates with ${…} interpolations are left as they are.
export const squeezeCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;])\s*([-a-z]+)\s*:\s*/g, '$1$2:')
    .replace(/;}/g, '}')
    .trim();
