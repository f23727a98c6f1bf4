// The embed-code builder's English names for the choices of each attribute, keyed by element and
// attribute: words a site owner reads, where the attribute value is a code (`s`, `static`, `on`). The
// English labels and hints are the manifest's (the JSDoc of each property); the French words, choices
// included, are in demo/builder-fr.ts. test/builder.test.ts fails when a choice of the manifest has no name.

type Choices = Readonly<Record<string, Readonly<Record<string, string>>>>;

const THEME = { light: 'light', dark: 'dark' };
const APPEARANCE = { card: 'card', band: 'band', plain: 'plain' };

export const EN_CHOICES: Readonly<Record<string, Choices>> = {
  'endht-blue-heart': {
    variant: { card: 'card', inline: 'in a line', bar: 'slim bar', takeover: 'full-page takeover' },
    'fallback-variant': { card: 'card', bar: 'bar', none: 'nothing' },
    position: { static: 'in the page', top: 'fixed at the top', bottom: 'fixed at the bottom' },
    'quiet-after-action': { on: 'on', off: 'off' },
    theme: THEME,
    appearance: APPEARANCE,
  },
  'endht-countdown': {
    precision: { day: 'days', hour: 'hours', minute: 'minutes', second: 'seconds' },
    variant: { full: 'card with large numbers', compact: 'one line', inline: 'words in a sentence' },
    theme: THEME,
    appearance: APPEARANCE,
  },
  'endht-donate': {
    size: { s: 'small', m: 'medium', l: 'large' },
    variant: { solid: 'filled', outline: 'outlined' },
    theme: THEME,
    appearance: APPEARANCE,
  },
  'endht-help': {
    topic: { signs: 'signs of trafficking', online: 'safety online', report: 'getting help' },
    'exit-position': { top: 'top of the screen', bottom: 'bottom of the screen' },
    theme: THEME,
    appearance: APPEARANCE,
  },
  'endht-partners': {
    layout: { strip: 'rows, centred', grid: 'rows, aligned at the start', marquee: 'scrolling row' },
    theme: THEME,
    appearance: APPEARANCE,
  },
  'endht-share': {
    variant: { bar: 'card with a title', compact: 'without the title', icons: 'icons only' },
    theme: THEME,
    appearance: APPEARANCE,
  },
  'endht-stats': {
    variant: { card: 'one card, the first figure large', row: 'a line per figure', grid: 'a tile per figure' },
    theme: THEME,
    appearance: APPEARANCE,
  },
};
