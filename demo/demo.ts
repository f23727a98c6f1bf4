// Demo page controls: the language switcher sets <html lang> (as a site's own switcher would),
// the theme switcher sets theme="…" on every widget, the time-zone field sets time-zone="…".
import { FIGURES, DEFAULT_FIGURE_IDS } from '../src/data/stats.js';

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
today.setAttribute(
  'date',
  `${String(now.getUTCMonth() + 1).padStart(2, '0')}-${String(now.getUTCDate()).padStart(2, '0')}`,
);
today.setAttribute('label', 'Today, in UTC');

// <endht-partners> fed by code: the `partners` property ({ name, href, logo? }).
Object.assign($('own-partners'), {
  partners: [
    {
      name: 'Harbour Shelter Network',
      href: 'https://example.org/harbour',
      logo: new URL('./logos/harbour.svg', location.href).href,
    },
    {
      name: 'Lantern Trust',
      href: 'https://example.org/lantern',
      logo: new URL('./logos/lantern.svg', location.href).href,
    },
    {
      name: 'North Star Legal Aid',
      href: 'https://example.org/northstar',
      logo: new URL('./logos/northstar.svg', location.href).href,
    },
    { name: "Riverside Women's Centre", href: 'https://example.org/riverside' },
  ],
});
// <endht-stats>: a figure picker that writes figures="id,id" (in the order ticked).
const picker = $('figure-picker');
const picked = $('picked-stats');
const order: string[] = [...DEFAULT_FIGURE_IDS];
function applyPicked() {
  picked.setAttribute('figures', order.join(','));
  $('picked').textContent = `figures="${order.join(',')}"`;
}
for (const f of FIGURES) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = f.id;
  box.checked = order.includes(f.id);
  box.addEventListener('change', () => {
    const i = order.indexOf(f.id);
    if (box.checked && i < 0) order.push(f.id);
    if (!box.checked && i >= 0) order.splice(i, 1);
    applyPicked();
  });
  label.append(box, ` ${f.id} (${f.value}, ${f.label()})`);
  picker.append(label);
}
$<HTMLSelectElement>('stats-variant').addEventListener('change', (e) =>
  picked.setAttribute('variant', (e.target as HTMLSelectElement).value),
);
$('all-stats').setAttribute('figures', FIGURES.map((f) => f.id).join(','));
applyPicked();

applyLang(params.get('lang') ?? 'en');
applyTheme(params.get('theme') ?? 'light');
if (params.get('tz')) {
  tz.value = params.get('tz') ?? '';
  applyZone(tz.value);
}

// A site's own checkout: cancel endht-donate and handle the donation on the page.
const log = $<HTMLOutputElement>('checkout-log');
$('own-checkout').addEventListener('endht-donate', (e) => {
  e.preventDefault();
  const { amount, currency, href } = e.detail;
  log.value = `Own checkout opened: ${amount ?? 'no amount'} ${currency} (would go to ${href})`;
});
