import { msg } from '@lit/localize';

/*
 * The built-in figures of <endht-stats>, from research/content.md §8: only entries rated
 * CONFIRMED (primary or secondary), nothing from its "do not ship" list (no "225,000 since
 * 2003", no "1 in 3" as current, no North Africa / Latin America 60 %, no 42 % / 38 % forms of
 * exploitation, no +36 % convictions).
 *
 * Twelve of the 27 confirmed entries are bundled: every figure costs its label in six
 * languages in the one drop-in file. The others are left out, and a site can still show any of
 * them as its own figure (README, "A site's own figures"):
 * - superseded by GLOTIP 2024 for the same measure: glotip22_children_share (35 %, the "one in
 *   three" that §1.3 retires) and glotip22_detected_victims_change (−11 %, 2020 vs 2019);
 * - secondary and covered by a primary figure here: the women / men / girls / boys shares
 *   (39 / 23 / 22 / 16 %; the primary 38 % children and 61 % women and girls say it) and
 *   glotip24_victims_2020_2023 (202,478, ACRATH);
 * - secondary, single outlet: glotip24_forced_criminality_share (8 %, Dawn) and
 *   glotip22_convictions_change (−27 %, 2020 data);
 * - edition and reference year not stated: ssa_children_share (over 60 %);
 * - report metadata or detail rather than a headline: glotip24_countries_covered (156),
 *   glotip24_boys_other_purposes (47 %), unvtf_projects_since_2011 (162), unvtf_countries
 *   (over 60), unvtf_victims_per_year (over 5,000).
 *
 * Caveat carried over: glotip24_detected_victims_2022 (69,627) is secondary (Reuters via VOI)
 * and one outlet gives 74,785; it is not in the default set.
 *
 * Labels are functions (msg() must run at render time to follow the locale). A label reads
 * after its value ("38 %" / "of detected victims were children") and holds no numbers: years
 * are the `year` / `since` fields, formatted by Intl.
 */

/** What a number is: a share (0–100 %), a count, a change in % (signed), or a ratio (×). */
export type FigureKind = 'percent' | 'count' | 'change' | 'ratio';
export const FIGURE_KINDS: readonly FigureKind[] = ['percent', 'count', 'change', 'ratio'];

/** "over 80,000", "almost 2×": the value is a bound, not exact. */
export type FigureQualifier = 'over' | 'almost';
export const FIGURE_QUALIFIERS: readonly FigureQualifier[] = ['over', 'almost'];

/**
 * One figure, in the shape a site also uses for its own figures (`label` then is plain text
 * or `{ "en": "…", "fr": "…" }`).
 */
export interface Figure<Label = () => string> {
  /** Stable id, used by `figures="id,id"`. */
  id: string;
  value: number;
  kind: FigureKind;
  qualifier?: FigureQualifier;
  /** Text shown with the value. */
  label: Label;
  /** The year the data refer to (the end of the period for a range). */
  year: number;
  /** A change: the year compared with. A count: the first year of the period. */
  since?: number;
  /** The report edition or publication ("GLOTIP 2024" is shown as the report's localized name). */
  edition: string;
  publisher: string;
  /** Title of the page the link opens. */
  sourceTitle: string;
  /** https: link to the source. */
  url: string;
}

type Source = readonly [edition: string, publisher: string, sourceTitle: string, url: string];

const G24 = 'GLOTIP 2024';
const UNODC = 'UNODC';
const PRESS_2024: Source = [
  G24,
  UNODC,
  'UNODC global human trafficking report: detected victims up 25 per cent as more children are exploited and forced labour cases spike',
  'https://unodc.org/unodc/en/press/releases/2024/December/unodc-global-human-trafficking-report_-detected-victims-up-25-per-cent-as-more-children-are-exploited-and-forced-labour-cases-spike.html',
];

/** One figure, written positionally (the bundle is smaller without the repeated keys). */
const fig = (
  id: string,
  value: number,
  kind: FigureKind,
  year: number,
  label: () => string,
  [edition, publisher, sourceTitle, url]: Source = PRESS_2024,
  since?: number,
  qualifier?: FigureQualifier,
): Figure => ({ id, value, kind, qualifier, label, year, since, edition, publisher, sourceTitle, url });

/** The built-in figures; the first four are the default set. */
export const FIGURES: readonly Figure[] = [
  fig('glotip24_children_share', 38, 'percent', 2022, () =>
    msg('of detected victims were children', { id: 'stats.glotip24_children_share' }),
  ),
  fig('glotip24_female_share', 61, 'percent', 2022, () =>
    msg('of detected victims were women or girls', { id: 'stats.glotip24_female_share' }),
  ),
  fig(
    'glotip24_detected_victims_increase_vs_2019',
    25,
    'change',
    2022,
    () => msg('number of detected victims', { id: 'stats.glotip24_detected_victims_increase_vs_2019' }),
    undefined,
    2019,
  ),
  fig(
    'glotip24_forced_labour_increase',
    47,
    'change',
    2022,
    () => msg('number of detected victims of trafficking for forced labour', { id: 'stats.glotip24_forced_labour_increase' }),
    undefined,
    2019,
  ),
  fig(
    'glotip24_child_victims_increase',
    31,
    'change',
    2022,
    () => msg('number of detected child victims', { id: 'stats.glotip24_child_victims_increase' }),
    undefined,
    2019,
  ),
  fig(
    'glotip24_girl_victims_increase',
    38,
    'change',
    2022,
    () => msg('number of detected girl victims', { id: 'stats.glotip24_girl_victims_increase' }),
    undefined,
    2019,
  ),
  fig('glotip24_girls_sexual_exploitation', 60, 'percent', 2022, () =>
    msg('of detected girl victims were trafficked for sexual exploitation', { id: 'stats.glotip24_girls_sexual_exploitation' }),
  ),
  fig('glotip24_boys_forced_labour', 45, 'percent', 2022, () =>
    msg('of detected boy victims were trafficked for forced labour', { id: 'stats.glotip24_boys_forced_labour' }),
  ),
  fig(
    'glotip24_female_share_sexual_exploitation',
    90,
    'percent',
    2022,
    () =>
      msg('of victims trafficked for sexual exploitation were women or girls', {
        id: 'stats.glotip24_female_share_sexual_exploitation',
      }),
    [
      G24,
      UNODC,
      'Launch of the Global Report on Trafficking in Persons 2024 (UNODC Executive Director speech)',
      'https://unodc.org/unodc/en/speeches/2024/161224-launch-of-the-global-report-on-trafficking-in-persons-2024.html',
    ],
  ),
  fig(
    'glotip24_detected_victims_2022',
    69627,
    'count',
    2022,
    () => msg('victims detected worldwide', { id: 'stats.glotip24_detected_victims_2022' }),
    [G24, 'VOI (Reuters)', 'UN report – human trafficking rises sharply', 'https://voi.id/en/news/441967'],
  ),
  fig(
    'glotip22_children_violence_ratio',
    2,
    'ratio',
    2020,
    () =>
      msg('rate of physical or extreme violence against trafficked children, compared with adults', {
        id: 'stats.glotip22_children_violence_ratio',
      }),
    [
      'GLOTIP 2022',
      UNODC,
      'UN forum calls for urgent action to end child trafficking',
      'https://www.unodc.org/unodc/en/human-trafficking/Webstories2023/un-forum-calls-for-urgent-action-to-end-child-trafficking.html',
    ],
    undefined,
    'almost',
  ),
  fig(
    'unvtf_victims_supported',
    80000,
    'count',
    2023,
    () =>
      msg('victims directly supported by the UN Voluntary Trust Fund for Victims of Trafficking in Persons', {
        id: 'stats.unvtf_victims_supported',
      }),
    [
      '2023',
      UNODC,
      'UN Voluntary Trust Fund for Victims of Human Trafficking awards 7 civil society organizations for grants',
      'https://www.unodc.org/unodc/en/news/2023/November/un-voluntary-trust-fund-for-victims-of-human-trafficking-awards-7-civil-society-organizations-for-grants.html',
    ],
    2011,
    'over',
  ),
];

/**
 * The card with no attributes (the first four figures above): four headline figures for a
 * general audience, all primary (UNODC's own press release for GLOTIP 2024, data for 2022), so
 * the card needs one source and one year to be understood: who is trafficked (children 38 %,
 * women and girls 61 %) and the trend (detected victims +25 %, forced labour +47 % since 2019).
 */
export const DEFAULT_FIGURES: readonly Figure[] = FIGURES.slice(0, 4);
export const DEFAULT_FIGURE_IDS: readonly string[] = DEFAULT_FIGURES.map((f) => f.id);
