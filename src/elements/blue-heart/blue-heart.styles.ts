import { css } from 'lit';

// One rule per line. Sizes in em of .base (the visitor's default size), so a page's
// html { font-size } cannot reach inside. A sticky bar keeps its own place in the page: nothing
// is covered once scrolled to it. A bar's line shows from 720 px wide. The heart beats a few
// times when it appears (4.2 s in all), never with reduced motion. Declarations are in the order
// that compresses best with the rest of the bundle (only a shorthand and the longhands it sets
// must keep their order).
export const blueHeartStyles = css`
:host([position=top i]),:host([position=bottom i]){inset-block-start:0;position:sticky;z-index:100}
:host([position=bottom i]){inset-block:auto 0}
.base{padding:1em clamp(.5em,4%,1.25em);position:relative;display:flex;flex-wrap:wrap;align-items:center;gap:.75em clamp(.4em,3%,1em)}
.closable{padding-inline-end:3em}
.heart{inline-size:2.5em;fill:var(--_heart)}
.body{flex:1 1 18em}
p{margin:0}
#headline{font-weight:700;font-size:1.05em}
.text{margin-block-start:.263em;color:var(--_muted);font-size:.95em}
a,button{display:inline-flex;align-items:center;justify-content:center;min-block-size:2.75em;padding:.5em 1.1em;border:1px solid transparent;background:var(--_accent);color:var(--_surface);border-radius:999px;font-weight:700;text-decoration:none;overflow-wrap:anywhere;max-inline-size:100%}
button{inset-block-start:.5em;min-block-size:2.25em;position:absolute;inset-inline-end:.5em;padding:.6em;background:none;color:var(--_text);font:inherit;cursor:pointer}
button svg{stroke:currentColor;stroke-width:2;inline-size:1em}
.card{flex-direction:column;text-align:center}
.card .heart{inline-size:3.5em}
.card .body{flex:none}
.bar{padding-block:.5em;border-radius:0;border-inline:0}
.bar .heart{inline-size:1.75em}
.bar .body{flex-basis:0}
.bar button{inset-block:0;margin-block:auto}
@container (width<720px){.bar .text{display:none}}
@media (prefers-reduced-motion:no-preference){.heart{animation:endht-heartbeat 1.4s ease-in-out 3}}
@keyframes endht-heartbeat{15%,45%{scale:1.12}30%,60%{scale:1}}
`;
