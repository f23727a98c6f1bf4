// demo/the-day.html: two frames of every element, one on the real date and one on 30 July 2027
// (the preview hash, docs/campaign.md), in the language and theme picked with the switchers.
// demo/the-day-frame.html reads both from its query string: ?lang=ar&theme=dark.

const params = new URLSearchParams(location.search);

if (document.getElementById('ordinary') === null) {
  // Inside a frame: the page language and every element's theme.
  const lang = params.get('lang') ?? 'en';
  const theme = params.get('theme') ?? 'light';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.body.classList.toggle('dark', theme === 'dark');
  for (const el of document.querySelectorAll('body > *, p > *')) {
    if (el.localName.startsWith('endht-')) el.setAttribute('theme', theme);
  }
} else {
  const lang = document.getElementById('lang') as HTMLSelectElement;
  const theme = document.getElementById('theme') as HTMLSelectElement;
  const show = () => {
    const query = `?lang=${encodeURIComponent(lang.value)}&theme=${encodeURIComponent(theme.value)}`;
    (document.getElementById('ordinary') as HTMLIFrameElement).src = `./the-day-frame.html${query}`;
    (document.getElementById('day') as HTMLIFrameElement).src = `./the-day-frame.html${query}#endht-date=2027-07-30`;
  };
  lang.addEventListener('change', show);
  theme.addEventListener('change', show);
  show();
}
