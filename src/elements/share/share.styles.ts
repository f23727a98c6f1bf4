import { css } from 'lit';

// Written compactly: every byte ships. Lengths are in em (the card sets its own font size, so a
// page's `html { font-size }` does not reach inside); where an element has a smaller font
// size, its lengths are divided by it so the rendered sizes match the card's em. Declarations
// are in the order that compresses best with the rest of the bundle (only a shorthand and the
// longhands it sets must keep their order).
export const shareStyles = css`
:host{container-type:inline-size}
.base{padding:1em 1.25em .4em;--_error:#b3261e}
.theme-dark{--_error:#ffb4ab}
.compact{padding:.6em .75em .2em}
.icons{padding:.5em .6em .2em}
#title{font-weight:700;margin:0 0 .6em}
#title::before{content:'';display:inline-block;inline-size:.6em;block-size:.6em;margin-inline-end:.45em;border-radius:50%;background:var(--_heart)}
ul,.tags,.actions,.servers{display:flex;flex-wrap:wrap;gap:.5em;margin:0;padding:0;list-style:none}
li{display:flex}
a,button{display:inline-flex;align-items:center;gap:.4em;font:inherit;cursor:pointer;border:1px solid var(--_border);border-radius:999px;padding:.3em .8em;background:none;color:var(--_accent);font-weight:600;min-block-size:2.5em;text-decoration:none;line-height:1.2}
button:hover,a:hover{background:color-mix(in srgb,var(--_accent) 10%,var(--_surface));border-color:var(--_accent)}
svg{flex:none;inline-size:1.15em;block-size:1.15em;fill:currentColor}
.compact li>*{padding-inline:.65em;min-block-size:2.25em}
.compact .name{font-size:.875em}
.icons li>*{inline-size:2.75em;justify-content:center;padding:0;block-size:2.75em}
.icons .name{display:none}
.tags{margin-block-start:.75em;gap:.4em}
.compact .tags{margin-block-start:.5em}
.chip{font-size:.875em;min-block-size:2.286em;font-weight:500;color:var(--_text);background:color-mix(in srgb,var(--_heart) 10%,var(--_surface));padding:.343em .743em;overflow-wrap:anywhere;max-inline-size:100%}
.chip.all{background:none;color:var(--_accent);font-weight:600}
#error,.status{font-size:.85em;margin:.412em 0 0}
.status{min-block-size:1.471em;color:var(--_muted)}
dialog{inline-size:min(26em,calc(100vw - 2em));padding:1.25em;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);color:var(--_text)}
dialog::backdrop{background:rgb(0 0 0/.45)}
h2{margin:0 0 .682em;font-size:1.1em}
label{display:block;font-weight:600;margin-block-end:.3em}
input{padding-inline:.6em;font:inherit;inline-size:100%;min-block-size:2.5em;border:1px solid var(--_muted);border-radius:calc(var(--_radius)*.5);background:var(--_surface);color:var(--_text)}
input[aria-invalid=true]{border:2px solid var(--_error)}
input:focus-visible{outline:3px solid var(--_accent);outline-offset:1px}
#error{color:var(--_error);font-weight:600}
#error:empty{display:none}
.servers{margin-block:.75em;gap:.4em}
.actions{justify-content:flex-end}
button[type=submit]{background:var(--_accent);color:var(--_surface);border-color:var(--_accent)}
@container (width<=360px){:not(.icons)>ul{grid-template-columns:repeat(2,minmax(0,1fr));display:grid}:not(.icons)>ul>li>*{padding-inline:.55em;inline-size:100%;min-inline-size:0}.name{min-inline-size:0;overflow-wrap:anywhere;font-size:.875em}.bar{padding-inline:.75em}}
`;
