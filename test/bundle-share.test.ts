// <endht-share> from the built drop-in file, exactly as a partner page loads it: nothing from
// src/ is imported here. Every link is checked in every language, with a URL containing
// ? & # and non-Latin text; the expected strings are written out, not computed by the code.
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { DAY_NAMES, LOCALES, forgetCampaign, useBundle, whenLocale } from './bundle-helpers.js';
import { NETWORK_HREFS, T, TAGS, U } from './share-urls.js';

type Bundle = { getLocale: () => string };

const HREFS = NETWORK_HREFS;
/** Accessible names: [X link, copy link, Mastodon, email, status after copy]. */
const NAMES: Record<string, [string, string, string, string, string]> = {
  en: ['Share on X (opens in a new tab)', 'Copy link', 'Share on Mastodon', 'Share by email', 'Copied'],
  fr: [
    "Partager sur X (s'ouvre dans un nouvel onglet)",
    'Copier le lien',
    'Partager sur Mastodon',
    'Partager par e-mail',
    'Copié',
  ],
  es: [
    'Compartir en X (se abre en una pestaña nueva)',
    'Copiar enlace',
    'Compartir en Mastodon',
    'Compartir por correo electrónico',
    'Copiado',
  ],
  ar: [
    'المشاركة على X (يُفتح في علامة تبويب جديدة)',
    'نسخ الرابط',
    'المشاركة على Mastodon',
    'المشاركة عبر البريد الإلكتروني',
    'تم النسخ',
  ],
  'zh-Hans': ['分享到 X（在新标签页中打开）', '复制链接', '分享到 Mastodon', '通过电子邮件分享', '已复制'],
  ru: [
    'Поделиться в X (откроется в новой вкладке)',
    'Копировать ссылку',
    'Поделиться в Mastodon',
    'Отправить по e-mail',
    'Скопировано',
  ],
};

const sr = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, s: string) =>
  sr(el).querySelector<T>(s as string)! as unknown as T;
const updated = (el: Element) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

describe('dist/endht-widgets.js: <endht-share>', () => {
  let sandbox: sinon.SinonSandbox;
  beforeEach(() => (sandbox = sinon.createSandbox()));
  const bundle = useBundle<Bundle>(() => {
    forgetCampaign();
    sandbox.restore();
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    localStorage.removeItem('endht-widgets:mastodon-server');
  });

  for (const lang of LOCALES) {
    it(`${lang}: exact links for every network, named controls, "copied" announced, no request`, async () => {
      document.documentElement.lang = lang;
      await whenLocale(bundle(), lang);
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture(
        html`<endht-share
          url="https://example.org/a?b=1&c=2#frag"
          text="Ça & ça? 终结贩运 100% #1"
          hashtags="EndHumanTrafficking, #Синее_сердце"
        ></endht-share>`,
      );
      await updated(el);
      for (const [n, href] of Object.entries(HREFS)) {
        const a = q<HTMLAnchorElement>(el, `[part~="control-${n}"]`);
        expect(a.getAttribute('href'), `${lang} ${n}`).to.equal(href);
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.getAttribute('aria-label'), `${lang} ${n}`).to.match(/\S/);
      }
      const mail = q<HTMLAnchorElement>(el, '[part~="control-email"]').getAttribute('href')!;
      expect(mail).to.equal(`mailto:?subject=${encodeURIComponent(DAY_NAMES[lang])}&body=${T}%0D%0A${TAGS}%0D%0A${U}`);
      const [x, copy, masto, email, copied] = NAMES[lang]!;
      expect(q(el, '[part~="control-x"]').getAttribute('aria-label')).to.equal(x);
      expect(q(el, '[part~="control-copy"]').getAttribute('aria-label')).to.equal(copy);
      expect(q(el, '[part~="control-mastodon"]').getAttribute('aria-label')).to.equal(masto);
      expect(q(el, '[part~="control-email"]').getAttribute('aria-label')).to.equal(email);
      expect(q(el, '.base').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');

      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: sandbox.stub().resolves() },
      });
      const ev = oneEvent(el, 'endht-copied');
      q(el, '[part~="control-copy"]').click();
      expect(((await ev) as unknown as CustomEvent<{ text: string }>).detail.text).to.equal(
        'https://example.org/a?b=1&c=2#frag',
      );
      await new Promise((r) => setTimeout(r, 0));
      await updated(el);
      const live = q(el, '[part="status"]');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent!.trim()).to.equal(copied);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });
  }

  it('default rendering: the page address, four hashtags, #EndHumanTrafficking first', async () => {
    const el = await fixture(html`<endht-share></endht-share>`);
    const chips = [...sr(el).querySelectorAll('[part="chip"]')].map((c) => c.textContent!.trim());
    expect(chips).to.deep.equal([
      '#EndHumanTrafficking',
      '#endHT',
      '#30July',
      '#WorldDayAgainstTraffickingInPersons',
      'Copy all',
    ]);
    expect(q(el, '[part~="control-linkedin"]').getAttribute('href')).to.equal(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(location.href.split('#')[0]!)}`,
    );
  });

  it('at most 10 hashtags: 11 give one warning and the first 10', async () => {
    const tags = Array.from({ length: 11 }, (_, i) => `tag${i + 1}`);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    let el: Element;
    try {
      el = await fixture(html`<endht-share hashtags=${tags.join(',')}></endht-share>`);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['<endht-share>: hashtags: 11 entries, more than 10; using the first 10.']);
    const chips = [...sr(el).querySelectorAll('[part="chip"]:not(.all)')].map((c) => c.textContent!.trim());
    expect(chips).to.deep.equal(tags.slice(0, 10).map((tag) => `#${tag}`));
  });

  it('endht-share is cancelable and stops the link', async () => {
    const el = await fixture(html`<endht-share></endht-share>`);
    el.addEventListener('endht-share', (e) => e.preventDefault());
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    q(el, '[part~="control-x"]').dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('Mastodon: keyboard into the dialog, a typed server, the share URL on it, remembered', async () => {
    const open = sandbox.stub(window, 'open').returns(null);
    const el = await fixture(html`<endht-share url="https://example.org/" text="Hi" hashtags="a"></endht-share>`);
    // Mastodon is behind "More" by default: open it with the keyboard first.
    q(el, '[part="more"] > summary').focus();
    await sendKeys({ press: 'Enter' });
    const btn = q(el, '[part~="control-mastodon"]');
    btn.focus();
    await sendKeys({ press: 'Enter' });
    expect(q<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(sr(el).activeElement?.id).to.equal('server');
    await sendKeys({ type: 'https://mas.to/@someone' });
    await sendKeys({ press: 'Enter' });
    expect(
      open.calledOnceWithExactly(
        'https://mas.to/share?text=Hi%0A%23a%0Ahttps%3A%2F%2Fexample.org%2F',
        '_blank',
        'noopener,noreferrer',
      ),
    ).to.equal(true);
    expect(sr(el).activeElement).to.equal(btn);
    expect(localStorage.getItem('endht-widgets:mastodon-server')).to.equal('mas.to');
  });

  it('axe clean, bar and dialog', async () => {
    const el = await fixture(html`<endht-share></endht-share>`);
    await expect(el).to.be.accessible();
    q(el, '[part~="control-mastodon"]').click();
    await expect(el).to.be.accessible();
    q<HTMLDialogElement>(el, 'dialog').close();
  });
});
