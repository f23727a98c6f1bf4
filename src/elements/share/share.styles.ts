import { css } from 'lit';

// Written compactly: css`` is not minified by the build and every byte ships.
export const shareStyles = css`
:host{display:block;container-type:inline-size}
.base{--_error:#b3261e;background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);padding:1rem 1.25rem .4rem}
.base.theme-dark{--_error:#ffb4ab}
.compact{padding:.6rem .75rem .2rem}
.icons{padding:.5rem .6rem .2rem}
.title{margin:0 0 .6rem;font-weight:700}
.title::before{content:'';display:inline-block;inline-size:.6em;block-size:.6em;margin-inline-end:.45em;border-radius:50%;background:var(--_heart)}
.list,.tags,.servers,.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none}
.list>li{display:flex}
.btn,.chip,.primary,.secondary{display:inline-flex;align-items:center;gap:.4rem;min-block-size:2.5rem;padding:.3rem .8rem;border:1px solid var(--_border);border-radius:999px;background:none;color:var(--_accent);font:inherit;font-weight:600;line-height:1.2;text-decoration:none;cursor:pointer}
.btn:hover,.chip:hover,.secondary:hover{background:color-mix(in srgb,var(--_accent) 10%,var(--_surface));border-color:var(--_accent)}
.icon{flex:none;inline-size:1.15rem;block-size:1.15rem;fill:currentColor}
.compact .btn{min-block-size:2.25rem;padding-inline:.65rem;font-size:.875rem}
.icons .btn{inline-size:2.75rem;block-size:2.75rem;padding:0;justify-content:center}
.icons .name{display:none}
.tags{margin-block-start:.75rem;gap:.4rem}
.compact .tags{margin-block-start:.5rem}
.chip{min-block-size:2rem;padding-inline:.65rem;font-size:.875rem;font-weight:500;color:var(--_text);background:color-mix(in srgb,var(--_heart) 10%,var(--_surface));overflow-wrap:anywhere;max-inline-size:100%}
.chip.all{color:var(--_accent);font-weight:600;background:none}
.status{min-block-size:1.25rem;margin:.35rem 0 0;font-size:.85rem;color:var(--_muted)}
.dialog{inline-size:min(26rem,calc(100vw - 2rem));padding:1.25rem;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);color:var(--_text)}
.dialog::backdrop{background:rgb(0 0 0/.45)}
.dlg-title{margin:0 0 .75rem;font-size:1.1rem}
.field-label{display:block;font-weight:600;margin-block-end:.3rem}
.input{inline-size:100%;min-block-size:2.5rem;padding-inline:.6rem;border:1px solid var(--_muted);border-radius:calc(var(--_radius)*.5);background:var(--_surface);color:var(--_text);font:inherit}
.input[aria-invalid='true']{border:2px solid var(--_error)}
.input:focus-visible{outline:3px solid var(--_accent);outline-offset:1px}
.error{margin:.35rem 0 0;font-size:.85rem;color:var(--_error);font-weight:600}
.error:empty{display:none}
.servers{margin-block:.75rem;gap:.4rem}
.actions{justify-content:flex-end}
.primary{background:var(--_accent);border-color:var(--_accent);color:var(--_surface)}
@container (max-width:360px){.bar .list,.compact .list{display:grid;grid-template-columns:repeat(2,minmax(0,1fr))}.bar .btn,.compact .btn{inline-size:100%;min-inline-size:0;padding-inline:.55rem;font-size:.875rem}.name{min-inline-size:0;overflow-wrap:anywhere}.base.bar{padding-inline:.75rem}}
@media (forced-colors:active){.base,.btn,.chip,.primary,.secondary,.input,.dialog{border:1px solid CanvasText}}
`;
