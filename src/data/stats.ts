/*
 * The built-in figures of <endht-stats>. docs/sources.md gives each one's source, when it was
 * checked and how sure we are, and what is deliberately not shipped (no "225,000 since 2003",
 * no "1 in 3" as current, no North Africa / Latin America 60 %, no 42 % / 38 % forms of
 * exploitation, no +36 % convictions).
 *
 * Twelve confirmed figures are bundled: every figure costs its label in six languages in the
 * one drop-in file. The others are left out, and a site can still show any of them as its own
 * figure (README, "A site's own figures"):
 * - superseded by GLOTIP 2024 for the same measure: the GLOTIP 2022 children's share (35 %, the
 *   "one in three") and change in detected victims (−11 %, 2020 vs 2019);
 * - secondary and covered by a primary figure here: the women / men / girls / boys shares
 *   (39 / 23 / 22 / 16 %; the primary 38 % children and 61 % women and girls say it) and the
 *   202,478 victims of 2020–2023;
 * - secondary, single outlet: forced criminality 8 % and convictions −27 % (2020 data);
 * - edition and reference year not stated: children over 60 % in sub-Saharan Africa;
 * - report metadata or detail rather than a headline: 156 countries covered, 47 % of boys
 *   trafficked for other purposes, the Trust Fund's 162 projects, over 60 countries and over
 *   5,000 people a year.
 *
 * Caveat carried over: glotip24_detected_victims_2022 (69,627) is secondary (Reuters, as
 * republished by VOI) and one outlet gives 74,785; it is not in the default set.
 *
 * A label reads after its value ("38 %" / "of detected victims were children") and holds no
 * numbers: years are the `year` and `since` fields, formatted by Intl. Labels are functions,
 * because msg() must run at render time to follow the locale.
 */
import { msg } from '@lit/localize';
import sources from './sources.json' with { type: 'json' };

export const FIGURE_KINDS = ['percent', 'count', 'change', 'ratio'] as const;
/** What a number is: a share (0–100 %), a count, a change in % (signed), or a ratio (×). */
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const FIGURE_QUALIFIERS = ['over', 'almost'] as const;
/** "over 80,000", "almost 2×": the value is a bound, not exact. */
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** What every figure has, a built-in one or a site's own. */
export interface FigureFacts {
  /** Stable id, used by `figures="id,id"`. */
  id: string;
  value: number;
  kind: FigureKind;
  qualifier?: FigureQualifier;
  /** The year the data refer to (the end of the period for a range). */
  year: number;
  /** A change: the year compared with. A count: the first year of the period. */
  since?: number;
  /** The report edition or publication ("GLOTIP 2024" is shown as the report's localized name). */
  edition: string;
}

/** A publication that figures come from. */
export interface Source {
  /** Its address, in full. */
  url: string;
  /** Its title, as the page gives it. */
  title: string;
  publisher: string;
  /**
   * When it was published: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known (from the
   * page's address; for VOI, from the Reuters report of 11 December 2024 it republishes). The
   * launch speech's day is the one in its address (UNODC writes a speech's date there as DDMMYY).
   */
  date: string;
}

/**
 * The sources of the built-in figures, by id. They are data in ./sources.json, where every
 * address is written whole. (Typed here as a plain record, so that the package's type
 * declarations do not import JSON.)
 */
export const SOURCES: Readonly<Record<string, Source>> = sources;

/** A built-in figure. */
export interface Figure extends FigureFacts {
  /** Text shown with the value, in the active locale. */
  label: () => string;
  /** Where the figure is published: the id of its source in SOURCES. */
  source: string;
}

/** A built-in figure whose source is one of ./sources.json: TypeScript checks each figure's `source` against it. */
type CheckedFigure = Figure & { source: keyof typeof sources };

const GLOTIP_2024 = 'GLOTIP 2024';

export const FIGURES: readonly Figure[] = [
  {
    id: 'glotip24_children_share',
    value: 38,
    kind: 'percent',
    year: 2022,
    label: () => msg('of detected victims were children', { id: 'stats.glotip24_children_share' }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_female_share',
    value: 61,
    kind: 'percent',
    year: 2022,
    label: () => msg('of detected victims were women or girls', { id: 'stats.glotip24_female_share' }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_detected_victims_increase_vs_2019',
    value: 25,
    kind: 'change',
    year: 2022,
    since: 2019,
    label: () => msg('number of detected victims', { id: 'stats.glotip24_detected_victims_increase_vs_2019' }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_forced_labour_increase',
    value: 47,
    kind: 'change',
    year: 2022,
    since: 2019,
    label: () =>
      msg('number of detected victims of trafficking for forced labour', {
        id: 'stats.glotip24_forced_labour_increase',
      }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_child_victims_increase',
    value: 31,
    kind: 'change',
    year: 2022,
    since: 2019,
    label: () => msg('number of detected child victims', { id: 'stats.glotip24_child_victims_increase' }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_girl_victims_increase',
    value: 38,
    kind: 'change',
    year: 2022,
    since: 2019,
    label: () => msg('number of detected girl victims', { id: 'stats.glotip24_girl_victims_increase' }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_girls_sexual_exploitation',
    value: 60,
    kind: 'percent',
    year: 2022,
    label: () =>
      msg('of detected girl victims were trafficked for sexual exploitation', {
        id: 'stats.glotip24_girls_sexual_exploitation',
      }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_boys_forced_labour',
    value: 45,
    kind: 'percent',
    year: 2022,
    label: () =>
      msg('of detected boy victims were trafficked for forced labour', { id: 'stats.glotip24_boys_forced_labour' }),
    edition: GLOTIP_2024,
    source: 'glotip24_press_release',
  },
  {
    id: 'glotip24_female_share_sexual_exploitation',
    value: 90,
    kind: 'percent',
    year: 2022,
    label: () =>
      msg('of victims trafficked for sexual exploitation were women or girls', {
        id: 'stats.glotip24_female_share_sexual_exploitation',
      }),
    edition: GLOTIP_2024,
    source: 'glotip24_launch_speech',
  },
  {
    id: 'glotip24_detected_victims_2022',
    value: 69627,
    kind: 'count',
    year: 2022,
    label: () => msg('victims detected worldwide', { id: 'stats.glotip24_detected_victims_2022' }),
    edition: GLOTIP_2024,
    source: 'glotip24_reuters_voi',
  },
  {
    id: 'glotip22_children_violence_ratio',
    value: 2,
    kind: 'ratio',
    qualifier: 'almost',
    year: 2020,
    label: () =>
      msg('rate of physical or extreme violence against trafficked children, compared with adults', {
        id: 'stats.glotip22_children_violence_ratio',
      }),
    edition: 'GLOTIP 2022',
    source: 'icat_child_trafficking_call_2023',
  },
  {
    id: 'unvtf_victims_supported',
    value: 80000,
    kind: 'count',
    qualifier: 'over',
    year: 2023,
    since: 2011,
    label: () =>
      msg('victims directly supported by the UN Voluntary Trust Fund for Victims of Trafficking in Persons', {
        id: 'stats.unvtf_victims_supported',
      }),
    edition: '2023',
    source: 'unvtf_grants_2023',
  },
] satisfies readonly CheckedFigure[];

/**
 * The card with no attributes: four headline figures for a general audience, all primary
 * (UNODC's own press release for GLOTIP 2024, data for 2022), so the card needs one source and
 * one year to be understood: who is trafficked (children 38 %, women and girls 61 %) and the
 * trend (detected victims +25 %, forced labour +47 % since 2019).
 */
export const DEFAULT_FIGURE_IDS: readonly string[] = [
  'glotip24_children_share',
  'glotip24_female_share',
  'glotip24_detected_victims_increase_vs_2019',
  'glotip24_forced_labour_increase',
];
