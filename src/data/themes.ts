/*
 * Themes of the World Day against Trafficking in Persons, per year, in the UN languages where
 * a UN-published wording was found. Where none was confirmed the English theme is shown,
 * marked lang="en", rather than a translation of our own. Sources and confidence:
 * docs/sources.md, "Themes". No theme is known for 2026.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { activeLocale } from '../core/locale.js';

/** A year's theme: its text in the languages it was published in (always English). */
export type DayTheme = Partial<Record<'en' | 'fr' | 'es' | 'ar' | 'zh-Hans' | 'ru', string>> & { en: string };

export const DAY_THEMES: Readonly<Record<number, DayTheme>> = {
  2024: {
    en: 'Leave No Child Behind in the Fight Against Human Trafficking',
    fr: 'Ne laissons aucun enfant de côté dans la lutte contre la traite des personnes',
    ru: 'Не оставим детей без внимания в борьбе с торговлей людьми',
    'zh-Hans': '在打击贩运人口的斗争中一个都不能少',
  },
  2025: {
    en: 'Human Trafficking is Organized Crime – End the Exploitation',
    fr: 'La traite des êtres humains est un crime organisé – Mettons fin à l’exploitation',
  },
};

/** The theme of a year in a locale: [text, lang of that text], or undefined when unknown. */
export function themeFor(year: number, locale: string): [string, string] | undefined {
  const theme = DAY_THEMES[year];
  if (!theme) return undefined;
  const t = theme[locale as keyof DayTheme];
  return t ? [t, locale] : [theme.en, 'en'];
}

/**
 * "Theme 2025: Human Trafficking is Organized Crime – End the Exploitation", the theme marked with
 * its own language, as the countdown and the takeover show it on the Day; nothing for a year
 * without a known theme. (msg() runs at render time, to follow the locale.)
 */
export function renderYearTheme(year: number): TemplateResult | typeof nothing {
  const theme = themeFor(year, activeLocale());
  if (!theme) return nothing;
  const [text, lang] = theme;
  return html`<p part="theme" class="theme">
    ${msg(str`Theme ${year}:`, { id: 'countdown.theme' })} <q lang=${lang}>${text}</q>
  </p>`;
}
