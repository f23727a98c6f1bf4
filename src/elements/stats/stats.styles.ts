import { css } from 'lit';

/*
 * Sizes in em (a page's `html { font-size }` never reaches inside). Container queries ask
 * .base (core makes it the container). The padding narrows from 1.25em to 0.75em on narrow
 * cards (280 px), and the numbers shrink there. Declarations are in the order that compresses
 * best with the rest of the bundle (only a shorthand and the longhands it sets must keep their
 * order).
 */
export const statsStyles = css`
.base{padding:1em clamp(.75em,(100% - 300px)*1e3,1.25em)}
p{margin:0}
.title{font-weight:700;font-size:1.05em;text-wrap:balance}
.list{display:grid;margin:.75em 0 0;padding:0;list-style:none;gap:1em 1.5em}
.fig{display:flex;flex-direction:column;min-inline-size:0;overflow-wrap:anywhere;gap:.4em}
.card .fig{padding-block-start:.75em;border-block-start:1px solid var(--_border)}
.grid .fig{padding:.75em;background:color-mix(in srgb,var(--_heart) 9%,var(--_surface));border-radius:calc(var(--_radius)*.66)}
.row .fig{padding-inline-start:.75em;border-inline-start:3px solid var(--_heart)}
.value{gap:.136em;align-items:center;display:flex;font-size:2.2em;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.row .value{font-size:1.8em}
.dir{flex:none;fill:currentColor;block-size:.7em}
.pic{max-inline-size:11em}
.on{fill:var(--_accent)}
.off{stroke:var(--_muted);fill:none;stroke-width:.8}
.source{margin-block-start:auto;font-size:.8em;color:var(--_muted)}
a{color:var(--_accent);text-underline-offset:.15em}
.visually-hidden{user-select:none}
@container (width>=34em){.list{grid-template-columns:1fr 1fr}}
@container (width>=56em){.list{grid-template-columns:repeat(auto-fit,minmax(12em,1fr))}}
@container (width>=40em){.row .list{grid:none/auto-flow 1fr}.value{font-size:2.6em}}
@container (width<=300px){.value{font-size:1.9em}}
@media print{.n{display:none}.visually-hidden{all:unset}}
@media (forced-colors:active){.grid .fig{border:1px solid}.on{fill:CanvasText}.off{stroke:CanvasText}}
`;
