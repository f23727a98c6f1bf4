/*
 * One optional, page-wide campaign setting, for a site that wants the same values on every
 * widget without repeating them:
 *
 *   <script type="application/json" id="endht-campaign">
 *     { "campaign": "acme-2027", "time-zone": "Europe/Vienna", "theme": "dark",
 *       "appearance": "band", "donate-href": "https://give.example/" }
 *   </script>
 *
 * Each key is the attribute it fills in, on every element that has that attribute
 * (`donate-href` is `href` on <endht-donate>); any key may be left out. An element's own
 * attribute wins: the setting is the value an element starts with, before its attributes are
 * read (EndhtElement's constructor). A JSON script rather than a global: nothing to run, and a
 * strict Content-Security-Policy allows it.
 *
 * It is read whenever an element is created, so an element added later sees a script changed
 * since. A script that is not a JSON object of these keys with text values has no effect, and
 * says so once.
 */
import { shownValue } from './attributes.js';

/** The id of the setting's script element. */
export const PAGE_SETTINGS_ID = 'endht-campaign';

export const PAGE_SETTING_NAMES = ['campaign', 'time-zone', 'theme', 'appearance', 'donate-href'] as const;
export type PageSettingName = (typeof PAGE_SETTING_NAMES)[number];
export type PageSettings = Partial<Record<PageSettingName, string>>;

/** The script's text when it was last read, and what it gave. */
let readText = '';
let readSettings: PageSettings = {};

/** The page-wide setting, as attribute names and values for an element with this tag. */
export function pageSettingsFor(tag: string): [attribute: string, value: string][] {
  return Object.entries(pageSettings()).map(([name, value]) => {
    const attribute = name === 'donate-href' && tag === 'endht-donate' ? 'href' : name;
    return [attribute, value];
  });
}

/** The page-wide setting: read again only when the script's text has changed. */
export function pageSettings(): PageSettings {
  const text = typeof document === 'undefined' ? '' : (document.getElementById?.(PAGE_SETTINGS_ID)?.textContent ?? '');
  if (text !== readText) {
    readText = text;
    readSettings = parseSettings(text);
  }
  return readSettings;
}

/** The settings in the script's text; none (with one warning) when it is not what the page may write. */
function parseSettings(text: string): PageSettings {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const entries = isObject ? Object.entries(value as Record<string, unknown>) : [];
  const valid = isObject && entries.every(([name, setting]) => isSettingName(name) && typeof setting === 'string');
  if (!valid) {
    console.warn(
      `endht-widgets: <script id="${PAGE_SETTINGS_ID}"> ${shownValue(text.trim())} is not a JSON object of ` +
        `${PAGE_SETTING_NAMES.join(', ')} (text values); it is ignored.`,
    );
    return {};
  }
  return Object.fromEntries(entries) as PageSettings;
}

function isSettingName(name: string): name is PageSettingName {
  return (PAGE_SETTING_NAMES as readonly string[]).includes(name);
}
