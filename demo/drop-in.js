// The partner's own language switcher: it only sets <html lang>; the widgets follow.
for (const b of document.querySelectorAll('button[data-lang]')) {
  b.addEventListener('click', () => {
    document.documentElement.lang = b.dataset.lang;
    document.documentElement.dir = b.dataset.lang === 'ar' ? 'rtl' : 'ltr';
  });
}
