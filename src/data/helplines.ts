/*
 * The helplines of <endht-help>, one per country, each confirmed on a primary page: the
 * government's own page or the page of the organisation that runs the line (docs/sources.md
 * quotes the sentence that gives the number; docs/help.md lists every entry). A number found
 * only in the news or on a directory is not shipped: a wrong number is worse than none, and a
 * country without an entry gets the international advice instead.
 *
 * Rules of the table:
 * - `tel` is what a phone dials: the international form (E.164, "+" and digits) for a full
 *   number, or the digits of a national short number (112-style codes such as 145, 1343, and
 *   national-only numbers such as 131 237 or 0900 8844), which only work inside the country.
 * - `hours` is set only when a primary page states them, and only to "24/7"; a line whose
 *   pages disagree about its hours, or give office hours only in part, has no hours here.
 * - `free` is set only when a primary page says that calling is free.
 * - `operator` is left out when no primary page names who runs the line today.
 * - `kind` says honestly what the line is when it is not a dedicated trafficking line: a
 *   police line, a human rights line, a line for women affected by violence, or an anonymous
 *   crime-reporting line that an official anti-trafficking page (or the line itself) names as
 *   the place to report trafficking.
 */
import helplines from './helplines.json' with { type: 'json' };

/** An ISO 3166-1 alpha-2 country code, in capitals: `GB`, `US`. */
export type CountryCode = string;

/** What a line is, when it is not a dedicated trafficking line. */
export const HELPLINE_KINDS = ['trafficking', 'police', 'human-rights', 'women', 'crime-report'] as const;
export type HelplineKind = (typeof HELPLINE_KINDS)[number];

/** A name in the language its source writes it in. */
export interface LocalName {
  text: string;
  /** BCP 47 language tag: `it`, `pt`, `vi`. */
  lang: string;
}

/** A number with how a phone dials it. */
export interface PhoneNumber {
  /** As the source prints it: "08000 121 700". */
  phone: string;
  /** What the phone dials: "+448000121700", or a short code's digits: "1343". */
  tel: string;
}

export interface Helpline extends PhoneNumber {
  country: CountryCode;
  /** The line's name in English (the official one, or a plain description when it has none). */
  name: string;
  /** The name in the country's language, where the source gives it. */
  localName?: LocalName;
  kind: HelplineKind;
  /** A text (SMS) number. */
  text?: string;
  /** A number for deaf, hard-of-hearing or speech-impaired callers. */
  tty?: string;
  /** The number to call from another country, when it differs from `tel`. */
  abroad?: PhoneNumber;
  /** A page with a chat (https). */
  chat?: string;
  /** The line's own website (https). */
  web?: string;
  /** Only when a primary page says the line answers day and night, every day. */
  hours?: '24/7';
  /** Only when a primary page says calls are free. */
  free?: boolean;
  /** Who runs the line, as it names itself. */
  operator?: string;
  /** Where to report child sexual abuse material found online, when the country has its own page. */
  onlineReport?: { name: string; url: string };
  /** The primary page that gives the number (https). */
  source: string;
  /** When the source was last read: YYYY-MM-DD. */
  checked: string;
}

/**
 * The table itself is data, in helplines.json (one object per country, in the shape of
 * Helpline; every source address whole on its own line). helplines.test.ts checks every entry
 * against the rules above.
 */
export const HELPLINES: readonly Helpline[] = helplines as Helpline[];

/** Where anyone can find where to report trafficking, country by country (IOM MigrantInfo). */
export const IOM_REPORTING_PAGE = 'https://migrantinfo.iom.int/en/identify-signs-human-trafficking';

/** The INHOPE network of national hotlines for child sexual abuse material found online. */
export const INHOPE_PAGE = 'https://www.inhope.org/EN';

/** A `tel` that is a full international number (E.164). */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** A `tel` that is a national short number: 3 to 10 digits, dialled as written inside the country. */
export const NATIONAL_SHORT_NUMBER = /^\d{3,10}$/;
