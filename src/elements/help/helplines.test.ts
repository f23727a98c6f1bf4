/*
 * The data test of <endht-help>: every built-in helpline can be dialled and traced to its source,
 * the zone table never points to a country without a line, and the docs list every entry.
 */
import { expect } from '@open-wc/testing';
import { E164, HELPLINES, HELPLINE_KINDS, NATIONAL_SHORT_NUMBER, type Helpline } from '../../data/helplines.js';
import { ZONE_COUNTRIES } from '../../data/help-zones.js';
import { isValidTimeZone } from '../../core/calendar.js';
import { countryCode } from './site-helplines.js';

const isHttps = (value: string | undefined) => {
  try {
    return value !== undefined && new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

const digits = (text: string) => text.replace(/\D/g, '');

/** Whether the printed number and the dialled one are the same number. */
function samePhone(phone: string, tel: string): boolean {
  if (NATIONAL_SHORT_NUMBER.test(tel)) return digits(phone) === tel;
  // "08000 121 700" is +44 8000 121 700: the national trunk 0 is dropped after the country code.
  return digits(tel).endsWith(digits(phone).replace(/^0/, '')) || digits(tel) === digits(phone);
}

/** Everything wrong with an entry, in words ([] when it may ship). */
function problemsOf(line: Helpline): string[] {
  const problems: string[] = [];
  if (countryCode(line.country) !== line.country)
    problems.push(`country ${line.country} is not an ISO code in capitals`);
  if (line.name.trim() === '') problems.push('no name');
  if (!E164.test(line.tel) && !NATIONAL_SHORT_NUMBER.test(line.tel)) {
    problems.push(`tel ${line.tel} is neither E.164 nor a national short number`);
  } else if (!samePhone(line.phone, line.tel)) {
    problems.push(`phone "${line.phone}" is not the number tel ${line.tel} dials`);
  }
  if (line.abroad && (!E164.test(line.abroad.tel) || !samePhone(line.abroad.phone, line.abroad.tel))) {
    problems.push(`abroad ${line.abroad.tel} is not an E.164 number matching "${line.abroad.phone}"`);
  }
  if (line.text !== undefined && !/^\d{3,15}$/.test(line.text)) problems.push(`text ${line.text}`);
  if (line.tty !== undefined && !/^\d{3,15}$/.test(line.tty)) problems.push(`tty ${line.tty}`);
  if (!isHttps(line.source)) problems.push(`source ${line.source} is not https`);
  for (const [field, url] of [
    ['chat', line.chat],
    ['web', line.web],
    ['onlineReport', line.onlineReport?.url],
  ] as const) {
    if (url !== undefined && !isHttps(url)) problems.push(`${field} ${url} is not https`);
  }
  const checked = /^(\d{4})-(\d{2})-(\d{2})$/.exec(line.checked);
  const date = checked ? new Date(Date.UTC(+checked[1]!, +checked[2]! - 1, +checked[3]!)) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== line.checked)
    problems.push(`checked "${line.checked}" is not a date`);
  if (!HELPLINE_KINDS.includes(line.kind)) problems.push(`kind ${line.kind}`);
  if (line.hours !== undefined && line.hours !== '24/7') problems.push(`hours ${String(line.hours)}`);
  return problems;
}

/** The UN regional groups (plus the Arab States the UN also reports on), for the coverage test. */
const REGION_OF: Record<string, string> = {
  EG: 'Africa',
  MA: 'Africa',
  ZA: 'Africa',
  AU: 'Asia-Pacific',
  NZ: 'Asia-Pacific',
  PH: 'Asia-Pacific',
  VN: 'Asia-Pacific',
  CZ: 'Eastern Europe',
  LT: 'Eastern Europe',
  LV: 'Eastern Europe',
  MD: 'Eastern Europe',
  PL: 'Eastern Europe',
  SK: 'Eastern Europe',
  UA: 'Eastern Europe',
  AR: 'Latin America and the Caribbean',
  BR: 'Latin America and the Caribbean',
  BE: 'Western Europe and Others',
  CA: 'Western Europe and Others',
  DE: 'Western Europe and Others',
  DK: 'Western Europe and Others',
  GB: 'Western Europe and Others',
  GR: 'Western Europe and Others',
  IE: 'Western Europe and Others',
  IT: 'Western Europe and Others',
  NL: 'Western Europe and Others',
  PT: 'Western Europe and Others',
  US: 'Western Europe and Others',
};
const ARAB_STATES = ['EG', 'MA'];

describe('helplines data', () => {
  for (const line of HELPLINES) {
    it(`${line.country}: dialable (E.164 or national short number), https source, check date`, () => {
      expect(problemsOf(line)).to.deep.equal([]);
    });
  }

  it('the checks catch a bad entry (each field)', () => {
    const good = HELPLINES.find((line) => line.country === 'GB')!;
    expect(problemsOf(good)).to.deep.equal([]);
    const bad: Helpline[] = [
      { ...good, tel: '08000 121 700' },
      { ...good, tel: '+448000121799' },
      { ...good, source: 'http://www.modernslaveryhelpline.org/' },
      { ...good, source: 'www.modernslaveryhelpline.org' },
      { ...good, checked: '' },
      { ...good, checked: '2026-02-30' },
      { ...good, country: 'gb' },
      { ...good, chat: 'http://example.org/' },
      { ...good, abroad: { phone: '0800', tel: '0800' } },
    ];
    for (const line of bad) expect(problemsOf(line), JSON.stringify(line)).to.have.length.greaterThan(0);
  });

  it('one line per country, at least 20 countries, every UN region and the Arab States', () => {
    const countries = HELPLINES.map((line) => line.country);
    expect(new Set(countries).size).to.equal(countries.length);
    expect(countries.length).to.be.at.least(20);
    for (const country of countries) expect(REGION_OF[country], `${country} has a region`).to.be.a('string');
    expect(new Set(countries.map((country) => REGION_OF[country])).size).to.equal(5);
    expect(countries.filter((country) => ARAB_STATES.includes(country))).to.have.length.at.least(1);
  });

  it('the two best-known lines: GB 08000 121 700 and US 1-888-373-7888 with text 233733 and TTY 711, 24/7', () => {
    const gb = HELPLINES.find((line) => line.country === 'GB')!;
    expect([gb.phone, gb.tel, gb.hours]).to.deep.equal(['08000 121 700', '+448000121700', '24/7']);
    const us = HELPLINES.find((line) => line.country === 'US')!;
    expect([us.phone, us.tel, us.text, us.tty, us.hours]).to.deep.equal([
      '1-888-373-7888',
      '+18883737888',
      '233733',
      '711',
      '24/7',
    ]);
  });

  it('every zone in the table is a real zone and belongs to a country with a line', () => {
    const countries = new Set(HELPLINES.map((line) => line.country));
    expect(ZONE_COUNTRIES.size).to.be.greaterThan(100);
    for (const [zone, country] of ZONE_COUNTRIES) {
      expect(isValidTimeZone(zone), zone).to.equal(true);
      expect(countries.has(country), `${zone} → ${country}`).to.equal(true);
    }
  });

  it('no ambiguous zone is mapped (a zone IANA lists for several countries)', () => {
    for (const zone of [
      'Asia/Bangkok',
      'Europe/Simferopol',
      'Africa/El_Aaiun',
      'Europe/Jersey',
      'America/Puerto_Rico',
    ]) {
      expect(ZONE_COUNTRIES.has(zone), zone).to.equal(false);
    }
  });

  it('docs/help.md lists every line with its number and source; docs/sources.md cites every source', async () => {
    const help = await (await fetch('/docs/help.md')).text();
    const sources = await (await fetch('/docs/sources.md')).text();
    for (const line of HELPLINES) {
      const row = help.split('\n').find((text) => text.startsWith(`| ${line.country} `));
      expect(row, `docs/help.md has a row for ${line.country}`).to.be.a('string');
      expect(row).to.include(line.phone);
      expect(row).to.include(line.source);
      expect(row).to.include(line.checked);
      expect(sources, `docs/sources.md cites ${line.source}`).to.include(line.source);
    }
  });
});
