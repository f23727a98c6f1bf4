import { css } from 'lit';

// One rule per line. Declarations are in the order that compresses best with the rest of the
// bundle (only a shorthand and the longhands it sets must keep their order).
// - Inline is running text: it takes the colour and type of the sentence around it.
// - At most 300 px wide, the units are four in a row where they fit, two by two in a very
//   narrow column (or at 200 % zoom).
export const countdownStyles = css`
:host([variant=inline i]){display:inline}
.base{padding:1em clamp(.6em,4%,1.5em);text-align:center}
.compact{padding:.6em .9em;--_natural-width:14em}
.kicker{font-size:.8em;color:var(--_accent);font-weight:600;margin:0;text-transform:uppercase;letter-spacing:.04em}
.kicker::before{content:'';display:inline-block;inline-size:.6em;block-size:.6em;margin-inline-end:.4em;border-radius:50%;background:var(--_heart);vertical-align:.05em}
.name{font-weight:700;margin:.25em 0 0;font-size:1.05em;text-wrap:balance}
.compact .name{font-size:.85em;font-weight:600;margin:0}
.timer{justify-content:center;display:flex;flex-wrap:wrap;gap:.5em;margin-block:.75em .5em;font-variant-numeric:tabular-nums}
.unit{padding:.4em .5em;min-inline-size:3.6em;align-items:center;display:flex;flex-direction:column;background:color-mix(in srgb,var(--_heart) 10%,var(--_surface));border-radius:calc(var(--_radius)*.66)}
.value{font-size:1.9em;font-weight:700;line-height:1.1}
.label{font-size:.8em;color:var(--_muted)}
.line{font-size:1.25em;margin-block:.2em 0;font-weight:700;font-variant-numeric:tabular-nums}
.note,.date,.theme{margin:.25em 0 0;font-size:.9em;color:var(--_muted)}
.theme{font-style:italic}
.today .name{font-size:1.4em}
.base.inline{all:inherit;container-type:normal;font-variant-numeric:tabular-nums}
@container (width>=480px){.value{font-size:2.6em}.unit{min-inline-size:5em}.name{font-size:1.2em}.today .name{font-size:1.8em}}
@container (width>=760px){.value{font-size:3.4em}.unit{min-inline-size:6.5em;padding-block:.6em}.timer{gap:1em}}
@container (width<=300px){.timer{gap:.3em}.unit{flex:1 1 3em;padding-inline:.2em;min-inline-size:0}.value{font-size:1.5em}.label{font-size:.7em}}
@media (forced-colors:active){.unit{border:1px solid}}
`;
