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

const UNODC = 'UNODC';
const G24 = 'GLOTIP 2024';

/**
 * A UNODC page: its title, and its address, which ends in the title (or the words given as
 * `slug`) lower-cased, "-" for a space and "_" for a colon. Each address is also written out in
 * the comment above its figure (and checked against content.md by the tests).
 */
const unodc = (folder: string, sourceTitle: string, slug = sourceTitle) => ({
  sourceTitle,
  url: `https://${folder}/${slug.toLowerCase().replace(/:/g, '_').replace(/ /g, '-')}.html`,
});

const PRESS_2024 = {
  edition: G24,
  publisher: UNODC,
  // https://unodc.org/unodc/en/press/releases/2024/December/unodc-global-human-trafficking-report_-detected-victims-up-25-per-cent-as-more-children-are-exploited-and-forced-labour-cases-spike.html
  ...unodc(
    'unodc.org/unodc/en/press/releases/2024/December',
    'UNODC global human trafficking report: detected victims up 25 per cent as more children are exploited and forced labour cases spike',
  ),
};

export const FIGURES: readonly Figure[] = [
  {
    id: 'glotip24_children_share',
    value: 38,
    kind: 'percent',
    year: 2022,
    label: () => msg('of detected victims were children', { id: 'stats.glotip24_children_share' }),
    ...PRESS_2024,
  },
  {
    id: 'glotip24_female_share',
    value: 61,
    kind: 'percent',
    year: 2022,
    label: () => msg('of detected victims were women or girls', { id: 'stats.glotip24_female_share' }),
    ...PRESS_2024,
  },
  {
    id: 'glotip24_detected_victims_increase_vs_2019',
    value: 25,
    kind: 'change',
    year: 2022,
    since: 2019,
    label: () => msg('number of detected victims', { id: 'stats.glotip24_detected_victims_increase_vs_2019' }),
    ...PRESS_2024,
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
    ...PRESS_2024,
  },
  {
    id: 'glotip24_child_victims_increase',
    value: 31,
    kind: 'change',
    year: 2022,
    since: 2019,
    label: () => msg('number of detected child victims', { id: 'stats.glotip24_child_victims_increase' }),
    ...PRESS_2024,
  },
  {
    id: 'glotip24_girl_victims_increase',
    value: 38,
    kind: 'change',
    year: 2022,
    since: 2019,
    label: () => msg('number of detected girl victims', { id: 'stats.glotip24_girl_victims_increase' }),
    ...PRESS_2024,
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
    ...PRESS_2024,
  },
  {
    id: 'glotip24_boys_forced_labour',
    value: 45,
    kind: 'percent',
    year: 2022,
    label: () =>
      msg('of detected boy victims were trafficked for forced labour', { id: 'stats.glotip24_boys_forced_labour' }),
    ...PRESS_2024,
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
    edition: G24,
    publisher: UNODC,
    // https://unodc.org/unodc/en/speeches/2024/161224-launch-of-the-global-report-on-trafficking-in-persons-2024.html
    ...unodc(
      'unodc.org/unodc/en/speeches/2024',
      'Launch of the Global Report on Trafficking in Persons 2024 (UNODC Executive Director speech)',
      '161224 Launch of the Global Report on Trafficking in Persons 2024',
    ),
  },
  {
    id: 'glotip24_detected_victims_2022',
    value: 69627,
    kind: 'count',
    year: 2022,
    label: () => msg('victims detected worldwide', { id: 'stats.glotip24_detected_victims_2022' }),
    edition: G24,
    publisher: 'VOI (Reuters)',
    sourceTitle: 'UN report – human trafficking rises sharply',
    url: 'https://voi.id/en/news/441967',
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
    publisher: UNODC,
    // https://www.unodc.org/unodc/en/human-trafficking/Webstories2023/un-forum-calls-for-urgent-action-to-end-child-trafficking.html
    ...unodc(
      'www.unodc.org/unodc/en/human-trafficking/Webstories2023',
      'UN forum calls for urgent action to end child trafficking',
    ),
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
    publisher: UNODC,
    // https://www.unodc.org/unodc/en/news/2023/November/un-voluntary-trust-fund-for-victims-of-human-trafficking-awards-7-civil-society-organizations-for-grants.html
    ...unodc(
      'www.unodc.org/unodc/en/news/2023/November',
      'UN Voluntary Trust Fund for Victims of Human Trafficking awards 7 civil society organizations for grants',
    ),
  },
];

/**
 * The card with no attributes (the first four figures above): four headline figures for a
 * general audience, all primary (UNODC's own press release for GLOTIP 2024, data for 2022), so
 * the card needs one source and one year to be understood: who is trafficked (children 38 %,
 * women and girls 61 %) and the trend (detected victims +25 %, forced labour +47 % since 2019).
 */
export const DEFAULT_FIGURES: readonly Figure[] = FIGURES.slice(0, 4);
export const DEFAULT_FIGURE_IDS: readonly string[] = /* @__PURE__ */ DEFAULT_FIGURES.map((f) => f.id);
