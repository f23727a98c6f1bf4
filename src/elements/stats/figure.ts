/*
 * One figure as the widgets show it, shared by the statistics card and the Day's takeover
 * (<endht-blue-heart variant="takeover">): its value formatted by Intl, its label in the page's
 * language, and its source line with the link. Pure functions of the figure and the locale.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isolate } from '../../core/bidi.js';
import { numberFormat } from '../../core/format.js';
import { linkTarget, renderLink, type LinkTarget } from '../../core/link.js';
import { activeLocale, matchLocale } from '../../core/locale.js';
import { FIGURES, SOURCES, type Figure, type FigureFacts } from '../../data/stats.js';
import { unodcName } from '../../data/unodc.js';
import type { SiteFigure } from './stats.js';

/** A figure as it is shown: a built-in one with its source looked up, or a site's own, checked. */
export interface ShownFigure extends FigureFacts {
  label: Figure['label'] | SiteFigure['label'];
  publisher: string;
  sourceTitle: string;
  link: LinkTarget;
}

/** A formatter of years: "2022" (no grouping), in the active locale's digits. */
type YearFormat = (year: number) => string;

/**
 * The value as shown: "38 %", "+25 %", "69.6K", "almost 2×", "over 80K". `spoken` spells a
 * compact count out ("69.6 thousand") for assistive technology. Decimals as written (38.5 → 1),
 * at most 2.
 */
export function formatFigure(
  figure: Pick<FigureFacts, 'value' | 'kind' | 'qualifier'>,
  value: number,
  locale: string,
  spoken = false,
): string {
  const isShare = figure.kind === 'percent' || figure.kind === 'change';
  const number = numberFormat(locale, numberOptions(figure, spoken)).format(isShare ? value / 100 : value);
  const amount = figure.kind === 'ratio' ? msg(str`${number}×`, { id: 'stats.times' }) : number;
  switch (figure.qualifier) {
    case 'over':
      return msg(str`over ${amount}`, { id: 'stats.over' });
    case 'almost':
      return msg(str`almost ${amount}`, { id: 'stats.almost' });
    default:
      return amount;
  }
}

/** How Intl writes a figure's value: a large count in compact notation, a share or change as a percentage. */
function numberOptions(figure: Pick<FigureFacts, 'value' | 'kind'>, spoken: boolean): Intl.NumberFormatOptions {
  if (figure.kind === 'count' && Math.abs(figure.value) >= 10_000) {
    return { notation: 'compact', compactDisplay: spoken ? 'long' : 'short', maximumSignificantDigits: 3 };
  }
  const decimals = Math.min(2, decimalsOf(figure.value));
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (figure.kind === 'percent') return { style: 'percent', ...digits };
  if (figure.kind === 'change') return { style: 'percent', signDisplay: 'exceptZero', ...digits };
  return digits;
}

/** How many decimals a number is written with: 38.5 → 1. */
function decimalsOf(value: number): number {
  const fraction = /\.(\d+)$/.exec(String(value));
  return fraction === null ? 0 : fraction[1].length;
}

/** "Data: 2022 · Source: UNODC, Global Report on Trafficking in Persons 2024", the second part a link. */
export function renderSource(figure: ShownFigure, locale: string): TemplateResult {
  const formatYear: YearFormat = (year) => numberFormat(locale, { useGrouping: false }).format(year);
  // UNODC as this language writes it (ONUDC in French), also for a site's figure that names it.
  // A publisher or edition as written (a site's) shares the link's text with the element's own:
  // isolated (core/bidi.ts).
  const publisher = figure.publisher === 'UNODC' ? unodcName() : isolate(figure.publisher);
  const edition = editionName(figure.edition, formatYear);
  const publication = msg(str`${publisher}, ${edition}`, { id: 'stats.publication' });
  // Each link's name says which figure it supports, so that four links never share one name:
  // "UNODC, Global Report … 2024: source for “38% of detected victims were children” (opens …)".
  const shown = `${formatFigure(figure, figure.value, locale, true)} ${isolate(shownLabel(figure.label).text)}`;
  const supports = msg(str`${publication}: source for “${shown}”`, { id: 'stats.link.figure' });
  const name = figure.link.external
    ? msg(str`${supports} (opens the source in a new tab)`, { id: 'stats.link' })
    : supports;
  const link = renderLink(figure.link, publication, { part: 'link', title: figure.sourceTitle, name });
  const sourceLabel = msg('Source:', { id: 'stats.source' });
  // No space after a full-width colon ("来源：").
  const space = sourceLabel.endsWith('：') ? '' : ' ';
  return html`<p part="source" class="source">${dataYears(figure, formatYear)} · ${sourceLabel}${space}${link}</p>`;
}

/** "Data: 2022", "Data: 2022 compared with 2019" (a change), "Data: 2011–2023" (a period). */
function dataYears(figure: ShownFigure, formatYear: YearFormat): string {
  const year = formatYear(figure.year);
  if (figure.since === undefined) return msg(str`Data: ${year}`, { id: 'stats.data' });
  const since = formatYear(figure.since);
  if (figure.kind === 'change') return msg(str`Data: ${year} compared with ${since}`, { id: 'stats.data.vs' });
  return msg(str`Data: ${since}–${year}`, { id: 'stats.data.range' });
}

/** "GLOTIP 2024" is shown as the report's name in the active locale; any other edition as written, isolated. */
function editionName(edition: string, formatYear: YearFormat): string {
  const glotip = /^GLOTIP (\d{4})$/.exec(edition);
  if (glotip === null) return isolate(edition);
  const year = formatYear(Number(glotip[1]));
  return msg(str`Global Report on Trafficking in Persons ${year}`, { id: 'stats.glotip' });
}

/**
 * A label's text in the page's language, else in English, else in the first language given;
 * with that language when it is not the page's.
 */
export function shownLabel(label: ShownFigure['label']): { text: string; lang?: string } {
  if (typeof label === 'function') return { text: label() };
  if (typeof label === 'string') return { text: label };
  const pageLanguage = activeLocale();
  const languages = Object.keys(label);
  const languageFor = (wanted: string) => languages.find((language) => matchLocale(language) === wanted);
  const language = languageFor(pageLanguage) ?? languageFor('en') ?? languages[0];
  return { text: label[language].trim(), lang: matchLocale(language) === pageLanguage ? undefined : language };
}

/** A built-in figure, with its source looked up; undefined for an unknown id. */
export function builtInFigure(id: string): ShownFigure | undefined {
  const figure = FIGURES.find((candidate) => candidate.id === id);
  if (figure === undefined) return undefined;
  const source = SOURCES[figure.source];
  return { ...figure, publisher: source.publisher, sourceTitle: source.title, link: linkTarget(source.url) };
}
