import { css } from 'lit';

// One rule per line. Sizes in em (.base has the visitor's default size), so a page's
// html { font-size } cannot reach inside; s is at least 32 px high, l 52 px (at 16 px). The
// shadow root holds one fieldset of labels (a radio and a span each) and one link, so element
// selectors suffice. Declarations are in the order that compresses best with the rest of the
// bundle (only a shorthand and the longhands it sets must keep their order).
export const donateStyles = css`
:host{display:inline-block;max-inline-size:100%}
.base{container-type:normal;background:none;border-radius:0;display:inline-flex;max-inline-size:100%;flex-wrap:wrap;align-items:center;gap:.5em;border:0}
fieldset{min-inline-size:0;display:flex;flex-wrap:wrap;gap:.4em;border:0;margin:0;padding:0}
label{position:relative;display:inline-flex}
input{position:absolute;inset:0;margin:0;opacity:0;cursor:pointer}
span,a{display:inline-flex;align-items:center;justify-content:center;min-block-size:2.75em;padding:.4em .9em;border:2px solid var(--_accent);border-radius:.5em;color:var(--_accent);font-weight:600;background:var(--_surface);font-variant-numeric:tabular-nums}
:checked+span,.solid a{background:var(--_accent);color:var(--_surface)}
a{padding-inline:1.3em;border-radius:999px;font-weight:700;text-align:center;text-decoration:none;overflow-wrap:anywhere;max-inline-size:100%}
a:hover{text-decoration:underline}
.s span,.s a{font-size:.875em;min-block-size:2.3em;padding-block:.2em}
.l span,.l a{min-block-size:2.71em;font-size:1.2em}
.l a{padding-inline:1.5em}
@media (forced-colors:active){span,a{border-color:ButtonText}:checked+span{background:Highlight;forced-color-adjust:none;color:HighlightText}}
`;
