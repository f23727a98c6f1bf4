// Demo page controls: the language switcher sets <html lang> (as a site's own switcher would),
// the theme switcher sets theme="…" on every widget, the time-zone field sets time-zone="…".
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function allWidgets(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('endht-'));
}

const params = new URLSearchParams(location.search);
const lang = $<HTMLSelectElement>('lang');
const theme = $<HTMLSelectElement>('theme');
const tz = $<HTMLInputElement>('tz');

function applyLang(value: string) {
  document.documentElement.lang = value;
  document.documentElement.dir = value === 'ar' ? 'rtl' : 'ltr';
  lang.value = value;
}
function applyTheme(value: string) {
  document.body.classList.toggle('dark', value === 'dark');
  for (const el of allWidgets()) el.setAttribute('theme', value);
  theme.value = value;
}
function applyZone(value: string) {
  for (const el of allWidgets()) {
    if (el.localName !== 'endht-countdown' || el.id === 'today') continue;
    if (value.trim()) el.setAttribute('time-zone', value.trim());
    else el.removeAttribute('time-zone');
  }
}

lang.addEventListener('change', () => applyLang(lang.value));
theme.addEventListener('change', () => applyTheme(theme.value));
tz.addEventListener('change', () => applyZone(tz.value));

// The "on the day" example: today's date in UTC, counted in UTC, so the day-of state shows.
const today = $('today');
const now = new Date();
today.setAttribute('time-zone', 'UTC');
today.setAttribute('date', `${String(now.getUTCMonth() + 1).padStart(2, '0')}-${String(now.getUTCDate()).padStart(2, '0')}`);
today.setAttribute('label', 'Today, in UTC');

applyLang(params.get('lang') ?? 'en');
applyTheme(params.get('theme') ?? 'light');
if (params.get('tz')) {
  tz.value = params.get('tz')!;
  applyZone(tz.value);
}

// A site's own checkout: cancel endht-donate and handle the donation on the page.
const log = $<HTMLOutputElement>('checkout-log');
$('own-checkout').addEventListener('endht-donate', (e) => {
  e.preventDefault();
  log.value = `Own checkout opened: ${e.amount ?? 'no amount'} ${e.currency} (would go to ${e.href})`;
});
