import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../index.js';
import { CopiedEvent, MAX_HASHTAGS, ShareEvent, type EndhtShare } from './share.js';
import { parseHashtags, parseNetworks, parseServer } from './networks.js';
import { $, LOCALES, captureWarnings, forgetCampaign, shadowText, switchLang } from '../../../test/helpers.js';
import { fastestMount } from '../../../test/timing.js';
import { NETWORK_HREFS, SHARE_TEXT, SHARE_URL, T, TAGS, U } from '../../../test/share-urls.js';

const KEY = 'endht-widgets:mastodon-server';
const DEFAULT_TAGS = ['#EndHumanTrafficking', '#endHT', '#30July', '#WorldDayAgainstTraffickingInPersons'];
const EN_MESSAGE = '30 July is the World Day against Trafficking in Persons. Join the call to end human trafficking.';

/** Makes navigator.share / canShare / clipboard look however a test needs; undone by restoreNavigator(). */
const overridden: string[] = [];
function setNavigator(name: 'share' | 'canShare' | 'clipboard', value: unknown): void {
  Object.defineProperty(navigator, name, { configurable: true, value });
  overridden.push(name);
}
function restoreNavigator(): void {
  for (const name of overridden.splice(0)) Reflect.deleteProperty(navigator, name);
}

const controls = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="control"]')];
/** The network of a control, from its `control-<network>` part. */
const networkOf = (control: Element) => /\bcontrol-(\S+)/.exec(control.getAttribute('part') ?? '')?.[1];
const networksShown = (el: Element) => controls(el).map(networkOf);
const link = (el: Element, n: string) => $(el, `[part~="control-${n}"]`) as HTMLAnchorElement;
const status = (el: Element) => shadowText(el, '[part="status"]');
const chips = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="chip"]')];

/**
 * Clicks a share link the way a visitor does, but never lets it navigate: a window listener
 * (which runs after the element's own handler) records whether the element cancelled the
 * click, then cancels it.
 */
function clickWithoutLeaving(a: HTMLElement): { prevented: boolean } {
  const seen = { prevented: false };
  const stop = (e: Event) => {
    seen.prevented = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', stop);
  try {
    a.click();
  } finally {
    window.removeEventListener('click', stop);
  }
  return seen;
}

async function settle(el: EndhtShare): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

/** Opens the "More" disclosure with the keyboard, as a visitor does. */
async function openMore(el: EndhtShare): Promise<void> {
  $(el, '[part="more"] > summary').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/**
 * The tab stops of an element, as the keyboard finds them: Tab from a button before it until the focus reaches a
 * button after it. Each stop is named by its network, its text or its role.
 */
async function tabStops(el: Element): Promise<string[]> {
  const before = document.createElement('button');
  const after = document.createElement('button');
  el.before(before);
  el.after(after);
  before.focus();
  const stops: string[] = [];
  for (let i = 0; i < 30; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) break;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    const group = focused.closest('[role="toolbar"]') ? 'toolbar ' : '';
    stops.push(group + (networkOf(focused) ?? focused.textContent!.trim()));
  }
  before.remove();
  after.remove();
  return stops;
}

const focusedChip = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement).textContent!.trim();

/** The controls of a list grouped into the rows they sit on (by the top of their boxes). */
function rowsOf(list: Element): number[] {
  const tops = [...list.children].map((li) => Math.round(li.getBoundingClientRect().top));
  const rows = new Map<number, number>();
  for (const top of tops) rows.set(top, (rows.get(top) ?? 0) + 1);
  return [...rows.values()];
}

describe('<endht-share>', () => {
  let sandbox: sinon.SinonSandbox;
  beforeEach(() => {
    sandbox = sinon.createSandbox();
    localStorage.removeItem(KEY);
  });
  afterEach(async () => {
    sandbox.restore();
    restoreNavigator();
    forgetCampaign();
    localStorage.removeItem(KEY);
    document.querySelectorAll('link[rel="canonical"]').forEach((l) => l.remove());
    await switchLang('en');
  });

  describe('"More": at most six targets by default', () => {
    it('native share, four networks and copy link are shown; the rest sit behind a native disclosure', async () => {
      setNavigator('share', undefined);
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const more = $(el, '[part="more"]') as HTMLDetailsElement;
      expect(more.localName).to.equal('details');
      expect(more.open).to.equal(false);
      const visible = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="control"]')].filter(
        (c) => c.getClientRects().length > 0,
      );
      expect(visible.map((c) => networkOf(c))).to.deep.equal(['x', 'facebook', 'linkedin', 'whatsapp', 'copy']);
      expect(shadowText(el, 'summary')).to.equal('More');
      await openMore(el);
      expect(more.open).to.equal(true);
      expect(link(el, 'reddit').getClientRects().length).to.be.greaterThan(0);
    });

    it('tab stops of the targets: six at most (five here, without native share), "More" included', async () => {
      setNavigator('share', undefined);
      const el = await fixture<EndhtShare>(html`<endht-share hashtags=""></endht-share>`);
      const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a, button, summary')].filter(
        (c) => c.getClientRects().length > 0 && !c.closest('.tags') && !c.closest('dialog'),
      );
      expect(stops.length).to.be.at.most(6);
    });

    it('a site’s own networks list shows exactly what it names, with no "More"', async () => {
      const el = await fixture<EndhtShare>(
        html`<endht-share networks="x,facebook,linkedin,whatsapp,telegram,bluesky,reddit,email,copy"></endht-share>`,
      );
      expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
      const visible = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="control"]')].filter(
        (c) => c.getClientRects().length > 0,
      );
      expect(visible.length).to.equal(9);
    });
  });

  describe('defaults (no attributes)', () => {
    it('shares the page address without its #fragment, the English message and the four hashtags', async () => {
      setNavigator('share', undefined);
      const before = location.href;
      history.replaceState(null, '', '#section-2');
      let el: EndhtShare;
      try {
        el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      } finally {
        history.replaceState(null, '', before);
      }
      const page = before.split('#')[0]!;
      expect(el.shareData.url).to.equal(page);
      expect(el.shareData.text).to.equal(EN_MESSAGE);
      expect(el.shareData.hashtags).to.deep.equal(DEFAULT_TAGS.map((t) => t.slice(1)));
      expect(networksShown(el)).to.deep.equal([
        'x',
        'facebook',
        'linkedin',
        'whatsapp',
        'telegram',
        'bluesky',
        'threads',
        'mastodon',
        'reddit',
        'email',
        'copy',
      ]);
      expect(chips(el).map((c) => c.textContent!.trim())).to.deep.equal([...DEFAULT_TAGS, 'Copy all']);
      expect(shadowText(el, '[part="title"]')).to.equal('Spread the word');
      expect(link(el, 'linkedin').href).to.equal(
        `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(page)}`,
      );
    });

    it('every network link opens a new tab with rel="noopener noreferrer" and says so in its name', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const names: Record<string, string> = {
        x: 'X',
        facebook: 'Facebook',
        linkedin: 'LinkedIn',
        whatsapp: 'WhatsApp',
        telegram: 'Telegram',
        bluesky: 'Bluesky',
        threads: 'Threads',
        reddit: 'Reddit',
      };
      for (const [n, name] of Object.entries(names)) {
        const a = link(el, n);
        expect(a.localName, n).to.equal('a');
        expect(a.target, n).to.equal('_blank');
        expect(a.rel, n).to.equal('noopener noreferrer');
        expect(a.getAttribute('aria-label'), n).to.equal(`Share on ${name} (opens in a new tab)`);
        expect(a.textContent!.trim(), n).to.equal(name); // the visible name is part of the accessible name
        expect(a.querySelector('svg')!.getAttribute('aria-hidden'), n).to.equal('true');
      }
      const mail = link(el, 'email');
      expect(mail.href.startsWith('mailto:?subject=')).to.equal(true);
      expect(mail.hasAttribute('target')).to.equal(false); // opens the mail app, not a tab
      expect(mail.getAttribute('aria-label')).to.equal('Share by email');
      const m = $(el, '[part~="control-mastodon"]');
      expect(m.localName).to.equal('button');
      expect(m.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(m.getAttribute('aria-label')).to.equal('Share on Mastodon');
      expect($(el, '[part~="control-copy"]').getAttribute('aria-label')).to.equal('Copy link');
      expect(chips(el)[0]!.getAttribute('aria-label')).to.equal('Copy hashtag #EndHumanTrafficking');
    });

    it('uses <link rel="canonical"> when present (resolved), and ignores a canonical that is not http(s)', async () => {
      const l = document.createElement('link');
      l.rel = 'canonical';
      l.setAttribute('href', '/campaign/30-july?ref=a&b=c');
      document.head.append(l);
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      expect(el.shareData.url).to.equal(`${location.origin}/campaign/30-july?ref=a&b=c`);
      l.setAttribute('href', 'javascript:alert(1)');
      const el2 = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      expect(el2.shareData.url).to.equal(location.href.split('#')[0]);
    });

    it('the url attribute wins over the canonical link; a relative url resolves against the page', async () => {
      const l = document.createElement('link');
      l.rel = 'canonical';
      l.href = 'https://canonical.example/';
      document.head.append(l);
      const el = await fixture<EndhtShare>(html`<endht-share url="/take-action"></endht-share>`);
      expect(el.shareData.url).to.equal(`${location.origin}/take-action`);
    });

    it('a single-page app that changed its address since render shares the new address on click', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share networks="linkedin"></endht-share>`);
      const before = location.href;
      history.pushState(null, '', '/another/page?x=1');
      try {
        const seen: ShareEvent[] = [];
        el.addEventListener('endht-share', (e) => seen.push(e));
        clickWithoutLeaving(link(el, 'linkedin'));
        const now = `${location.origin}/another/page?x=1`;
        expect(seen[0]!.detail.url).to.equal(now);
        expect(link(el, 'linkedin').getAttribute('href')).to.equal(
          `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(now)}`,
        );
      } finally {
        history.pushState(null, '', before);
      }
    });
  });

  describe('share URLs (a URL with ? & #, non-Latin text and hashtags)', () => {
    // Expected strings computed independently, not by this code (test/share-urls.ts).
    const URL_ = SHARE_URL;
    const TEXT = SHARE_TEXT;
    const expected: Record<string, string> = {
      ...NETWORK_HREFS,
      email: `mailto:?subject=World%20Day%20against%20Trafficking%20in%20Persons&body=${T}%0D%0A${TAGS}%0D%0A${U}`,
    };
    for (const [network, href] of Object.entries(expected)) {
      it(`${network}`, async () => {
        const el = await fixture<EndhtShare>(
          html`<endht-share url=${URL_} text=${TEXT} hashtags="EndHumanTrafficking, #Синее_сердце"></endht-share>`,
        );
        expect(link(el, network).getAttribute('href')).to.equal(href);
      });
    }

    it('mastodon: https://<server>/share?text= with message, hashtags and URL', async () => {
      const el = await fixture<EndhtShare>(
        html`<endht-share
          url=${URL_}
          text=${TEXT}
          hashtags="EndHumanTrafficking, #Синее_сердце"
          networks="mastodon"
        ></endht-share>`,
      );
      const open = sandbox.stub(window, 'open').returns(null);
      $(el, '[part~="control-mastodon"]').click();
      ($(el, '#server') as HTMLInputElement).value = 'mastodon.social';
      ($(el, 'form') as HTMLFormElement).requestSubmit();
      expect(open.calledOnce).to.equal(true);
      expect(open.firstCall.args).to.deep.equal([
        `https://mastodon.social/share?text=${T}%0A${TAGS}%0A${U}`,
        '_blank',
        'noopener,noreferrer',
      ]);
    });

    it("the links are exactly as encodeURIComponent writes them: an apostrophe stays '", async () => {
      const el = await fixture<EndhtShare>(
        html`<endht-share url="https://example.org/" text="Don't look away" hashtags="a"></endht-share>`,
      );
      expect(link(el, 'reddit').getAttribute('href')).to.equal(
        "https://www.reddit.com/submit?url=https%3A%2F%2Fexample.org%2F&title=Don't%20look%20away",
      );
      expect(link(el, 'email').getAttribute('href')).to.match(/^mailto:\?subject=[^&]*&body=Don't%20look%20away%0D%0A/);
    });

    it('email: every line break of the body is CRLF, those inside the message too (RFC 6068 §5)', async () => {
      const el = await fixture<EndhtShare>(
        html`<endht-share url="https://example.org/" text=${'one\ntwo\r\nthree\rfour'} hashtags="a"></endht-share>`,
      );
      const body = link(el, 'email').getAttribute('href')!.split('&body=')[1];
      expect(body).to.equal('one%0D%0Atwo%0D%0Athree%0D%0Afour%0D%0A%23a%0D%0Ahttps%3A%2F%2Fexample.org%2F');
      // Other networks keep the message's line breaks as they are.
      expect(link(el, 'whatsapp').getAttribute('href')).to.equal(
        'https://wa.me/?text=one%0Atwo%0D%0Athree%0Dfour%0A%23a%0Ahttps%3A%2F%2Fexample.org%2F',
      );
    });

    it('X gets no hashtags= and Facebook no hashtag= when… there are always hashtags: the default set is never empty', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtShare>(html`<endht-share hashtags="---, 123"></endht-share>`);
      w.restore();
      expect(w.messages).to.have.length(1);
      expect(el.hashtags).to.equal(undefined); // the default
      expect(link(el, 'x').getAttribute('href')).to.match(
        /&hashtags=EndHumanTrafficking,endHT,30July,WorldDayAgainstTraffickingInPersons$/,
      );
      expect(link(el, 'facebook').getAttribute('href')).to.match(/&hashtag=%23EndHumanTrafficking$/);
    });
  });

  describe('attributes', () => {
    it('hashtags: with or without #, trimmed, de-duplicated, invalid characters dropped with one warning', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtShare>(
        html`<endht-share hashtags=" EndHT, #Blue-Heart, endht ,, ##30July, !!! "></endht-share>`,
      );
      w.restore();
      expect(el.shareData.hashtags).to.deep.equal(['EndHT', 'BlueHeart', '30July']);
      expect(el.hashtags).to.equal('EndHT,BlueHeart,30July'); // the property holds the list in use
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.match(
        /^<endht-share>: hashtags=" EndHT, #Blue-Heart.*is not valid; using "EndHT,BlueHeart,30July"\.$/,
      );
      expect(chips(el).map((c) => c.textContent!.trim())).to.deep.equal([
        '#EndHT',
        '#BlueHeart',
        '#30July',
        'Copy all',
      ]);
      // per-network rules: X takes them all without '#', Facebook only the first (with '#'),
      // Bluesky/WhatsApp/Telegram/email carry them in the text.
      expect(link(el, 'x').getAttribute('href')).to.contain('&hashtags=EndHT,BlueHeart,30July');
      expect(link(el, 'facebook').getAttribute('href')).to.match(/&hashtag=%23EndHT$/);
      expect(decodeURIComponent(link(el, 'bluesky').getAttribute('href')!.split('text=')[1]!)).to.contain(
        '\n#EndHT #BlueHeart #30July\n',
      );
      expect(link(el, 'reddit').getAttribute('href')).not.to.contain('%23EndHT');
      expect(link(el, 'linkedin').getAttribute('href')).not.to.contain('EndHT');
    });

    it('hashtags: valid lists (comma- or space-separated) give no warning', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtShare>(html`<endht-share hashtags="#BlueHeart #endHT"></endht-share>`);
      w.restore();
      expect(w.messages).to.deep.equal([]);
      expect(el.shareData.hashtags).to.deep.equal(['BlueHeart', 'endHT']);
    });

    it('hashtags: 10 are used, silently; 11: one warning, the first 10', async () => {
      expect(MAX_HASHTAGS).to.equal(10);
      const tags = (count: number) => Array.from({ length: count }, (_, i) => `tag${i + 1}`);
      const w = captureWarnings();
      const ten = await fixture<EndhtShare>(html`<endht-share hashtags=${tags(10).join(',')}></endht-share>`);
      expect(w.messages).to.deep.equal([]);
      const el = await fixture<EndhtShare>(html`<endht-share hashtags=${tags(11).join(' ')}></endht-share>`);
      w.restore();
      expect(ten.shareData.hashtags).to.deep.equal(tags(10));
      expect(el.shareData.hashtags).to.deep.equal(tags(10));
      expect(el.hashtags).to.equal(tags(10).join(','));
      expect(w.messages).to.deep.equal(['<endht-share>: hashtags: 11 entries, more than 10; using the first 10.']);
      expect(chips(el)).to.have.length(11); // ten hashtags and "Copy all"
    });

    it('hashtags: a bad one and too many: one warning, about the bad one, naming the first 10 in use', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtShare>(
        html`<endht-share hashtags="a-1,b2,c3,d4,e5,f6,g7,h8,i9,j10,k11,l12"></endht-share>`,
      );
      w.restore();
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.match(/hashtags="a-1,b2,.*is not valid; using "a1,b2,c3,d4,e5,f6,g7,h8,i9,j10"\.$/);
      expect(el.shareData.hashtags).to.have.length(10);
    });

    it('10,000 hashtags and 10,000 network names: at most one warning each, in well under 100 ms', async () => {
      const tags = Array.from({ length: 10_000 }, (_, i) => `tag${i}`).join(',');
      const networks = Array.from({ length: 10_000 }, (_, i) => ['x', 'email', 'copy', 'fax'][i % 4]).join(',');
      const markup = `<endht-share hashtags="${tags}" networks="${networks}"></endht-share>`;
      const { el, ms, warnings } = await fastestMount(markup, 'endht-share');
      expect((el as EndhtShare).shareData.hashtags).to.have.length(10);
      expect(networksShown(el)).to.deep.equal(['x', 'email', 'copy']);
      expect(warnings).to.have.length(2); // one for hashtags, one for the unknown network name
      expect(ms).to.be.below(100);
    });

    it('parseHashtags keeps letters of every script and drops tags without a letter', () => {
      expect(parseHashtags('#مكافحة_الاتجار, 人口贩运, 2025, a-b')).to.deep.equal({
        tags: ['مكافحة_الاتجار', '人口贩运', 'ab'],
        changed: true,
      });
    });

    it('networks: order kept, duplicates removed, unknown names warned once and skipped', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtShare>(
        html`<endht-share networks="Reddit, x, myspace, x, copy, fax"></endht-share>`,
      );
      w.restore();
      expect(networksShown(el)).to.deep.equal(['reddit', 'x', 'copy']);
      expect(el.networks).to.equal('reddit,x,copy'); // the property holds the list in use
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.match(
        /^<endht-share>: networks="Reddit, x, myspace, x, copy, fax" is not valid; using "reddit,x,copy"\.$/,
      );
      expect(parseNetworks('email native')).to.deep.equal({ list: ['email', 'native'], unknown: [] });
    });

    it('networks: nothing valid → all networks, with one warning; only "native" where there is none → copy link', async () => {
      setNavigator('share', undefined);
      const w = captureWarnings();
      const el = await fixture<EndhtShare>(html`<endht-share networks="myspace"></endht-share>`);
      w.restore();
      expect(w.messages).to.have.length(1);
      expect(networksShown(el)).to.have.length(11);
      expect(el.networks).to.equal(undefined); // the default
      const only = await fixture<EndhtShare>(html`<endht-share networks="native"></endht-share>`);
      expect(networksShown(only)).to.deep.equal(['copy']); // never an empty bar
    });

    const bad: Array<[string, string, RegExp]> = [
      [
        'url',
        'javascript:alert(1)',
        /^<endht-share>: url="javascript:alert\(1\)" is not valid; using the page's own URL\.$/,
      ],
      ['url', 'data:text/html,x', /^<endht-share>: url="data:text\/html,x" is not valid/],
      ['variant', 'huge', /^<endht-share>: variant="huge" is not valid; using "bar"\.$/],
      ['theme', 'neon', /^<endht-share>: theme="neon" is not valid; using "light"\.$/],
    ];
    for (const [attr, value, pattern] of bad) {
      it(`invalid ${attr}="${value}" → one warning and the default`, async () => {
        const w = captureWarnings();
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement('endht-share');
        el.setAttribute(attr, value);
        host.append(el);
        await el.updateComplete;
        w.restore();
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.match(pattern);
        // The property holds the default now.
        expect(el[attr as 'url' | 'variant' | 'theme']).to.equal(
          { url: undefined, variant: 'bar', theme: 'light' }[attr],
        );
        expect($(el, '.base').className).to.match(/\bbar\b/);
        expect($(el, '.base').className).to.match(/\btheme-light\b/);
        expect(el.shareData.url).to.equal(location.href.split('#')[0]);
        expect(link(el, 'x').getAttribute('href')).not.to.contain('javascript');
      });
    }

    it('empty attributes are the defaults, silently; text is plain text, never markup', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtShare>(
        html`<endht-share url="" text=" " hashtags="" networks="" variant="" theme=""></endht-share>`,
      );
      w.restore();
      expect(w.messages).to.deep.equal([]);
      expect(el.shareData.text).to.equal(EN_MESSAGE);
      el.text = '<img src=x onerror=alert(1)>';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(link(el, 'reddit').getAttribute('href')).to.contain(encodeURIComponent('<img src=x onerror=alert(1)>'));
    });

    it('variant="compact": no title line; variant="icons": icon-only controls with names, one "copy all hashtags" control', async () => {
      const c = await fixture<EndhtShare>(html`<endht-share variant="compact"></endht-share>`);
      expect(c.shadowRoot!.querySelector('[part="title"]')).to.equal(null);
      expect($(c, '[part="list"]').getAttribute('aria-label')).to.equal('Spread the word');
      expect(chips(c)).to.have.length(5);
      const i = await fixture<EndhtShare>(html`<endht-share variant="icons"></endht-share>`);
      expect(chips(i)).to.have.length(0);
      for (const ctl of controls(i)) {
        expect(ctl.getAttribute('aria-label'), networkOf(ctl)).to.match(/\S/);
        const name = ctl.querySelector('.name');
        if (name) expect(getComputedStyle(name).display).to.equal('none');
      }
      expect($(i, '[part~="control-hashtags"]').getAttribute('aria-label')).to.equal('Copy all hashtags');
    });

    it('theme="dark" switches the token class', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share theme="dark"></endht-share>`);
      const dark = getComputedStyle($(el, '.base')).backgroundColor;
      expect($(el, '.base').classList.contains('theme-dark')).to.equal(true);
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle($(el, '.base')).backgroundColor).not.to.equal(dark);
    });

    it('controls are at least 24×24 px in every variant, and nothing overflows at 280 px', async () => {
      for (const variant of ['bar', 'compact', 'icons']) {
        const wrap = await fixture<HTMLElement>(
          html`<div style="inline-size:280px"><endht-share variant=${variant}></endht-share></div>`,
        );
        const el = wrap.firstElementChild as EndhtShare;
        await el.updateComplete;
        await openMore(el); // the targets behind "More" too, once shown
        const summary = $(el, 'summary');
        for (const c of [...controls(el), ...chips(el), summary]) {
          const r = c.getBoundingClientRect();
          expect(r.width, `${variant} ${networkOf(c) ?? c.textContent}`).to.be.at.least(24);
          expect(r.height, `${variant} ${networkOf(c) ?? c.textContent}`).to.be.at.least(24);
          expect(r.right, `${variant} ${networkOf(c) ?? c.textContent}`).to.be.at.most(
            wrap.getBoundingClientRect().right + 0.5,
          );
        }
      }
    });
  });

  describe('endht-share event', () => {
    it('fires before a link opens (bubbles, composed, cancelable); preventDefault() stops the navigation', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share url="https://example.org/" text="Hi"></endht-share>`);
      const seen: ShareEvent[] = [];
      const cancel = (e: ShareEvent) => {
        seen.push(e);
        e.preventDefault();
      };
      document.addEventListener('endht-share', cancel);
      const r = clickWithoutLeaving(link(el, 'telegram'));
      document.removeEventListener('endht-share', cancel);
      expect(r.prevented).to.equal(true);
      expect(seen).to.have.length(1);
      const e = seen[0]!;
      expect(e).to.be.instanceOf(ShareEvent);
      expect([e.bubbles, e.composed, e.cancelable]).to.deep.equal([true, true, true]);
      expect(e.detail).to.deep.equal({
        network: 'telegram',
        url: 'https://example.org/',
        text: 'Hi',
        hashtags: ['EndHumanTrafficking', 'endHT', '30July', 'WorldDayAgainstTraffickingInPersons'],
        href: link(el, 'telegram').getAttribute('href'),
      });
    });

    it('not cancelled: the link is left to open (the element does not prevent it)', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      let fired = 0;
      el.addEventListener('endht-share', () => fired++);
      expect(clickWithoutLeaving(link(el, 'reddit')).prevented).to.equal(false);
      expect(fired).to.equal(1);
    });

    it('is never fired when code sets properties', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('endht-share', count);
      document.addEventListener('endht-copied', count);
      el.url = 'https://example.org/';
      el.text = 'x';
      el.hashtags = 'a';
      el.networks = 'x,copy';
      el.variant = 'icons';
      await el.updateComplete;
      document.removeEventListener('endht-share', count);
      document.removeEventListener('endht-copied', count);
      expect(fired).to.equal(0);
    });
  });

  describe('native share', () => {
    it('absent → no button; present → the first control, and it calls navigator.share', async () => {
      setNavigator('share', undefined);
      const none = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      expect(networksShown(none)).not.to.include('native');
      restoreNavigator();
      const share = sandbox.stub().resolves();
      setNavigator('share', share);
      setNavigator('canShare', () => true);
      const el = await fixture<EndhtShare>(
        html`<endht-share url="https://example.org/" text="Hi" hashtags="a,b"></endht-share>`,
      );
      expect(networksShown(el)[0]).to.equal('native');
      const btn = $(el, '[part~="control-native"]');
      expect(btn.localName).to.equal('button');
      expect(btn.textContent!.trim()).to.equal('Share…');
      const ev = oneEvent(el, 'endht-share');
      btn.click();
      const e = (await ev) as unknown as ShareEvent;
      expect(e.detail.network).to.equal('native');
      expect(e.detail.href).to.equal(undefined);
      await settle(el);
      expect(
        share.calledOnceWithExactly({
          title: 'World Day against Trafficking in Persons',
          text: 'Hi\n#a #b',
          url: 'https://example.org/',
        }),
      ).to.equal(true);
    });

    it('canShare() saying no → no button', async () => {
      setNavigator('share', sandbox.stub().resolves());
      setNavigator('canShare', () => false);
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      expect(networksShown(el)).not.to.include('native');
    });

    it('a visitor who cancels the share sheet (AbortError) gets no error, no warning, no message', async () => {
      setNavigator('share', sandbox.stub().rejects(new DOMException('Share canceled', 'AbortError')));
      const clipboard = { writeText: sandbox.stub().resolves() };
      setNavigator('clipboard', clipboard);
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const w = captureWarnings();
      const errors: unknown[] = [];
      const onError = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('unhandledrejection', onError);
      $(el, '[part~="control-native"]').click();
      await settle(el);
      window.removeEventListener('unhandledrejection', onError);
      w.restore();
      expect(errors).to.deep.equal([]);
      expect(w.messages).to.deep.equal([]);
      expect(status(el)).to.equal('');
      expect(clipboard.writeText.called).to.equal(false);
    });

    it('a share that fails otherwise falls back to copying the link', async () => {
      setNavigator('share', sandbox.stub().rejects(new DOMException('no', 'NotAllowedError')));
      const clipboard = { writeText: sandbox.stub().resolves() };
      setNavigator('clipboard', clipboard);
      const el = await fixture<EndhtShare>(html`<endht-share url="https://example.org/x"></endht-share>`);
      const copied = oneEvent(el, 'endht-copied');
      $(el, '[part~="control-native"]').click();
      expect(((await copied) as unknown as CopiedEvent).detail.text).to.equal('https://example.org/x');
      expect(clipboard.writeText.calledOnceWithExactly('https://example.org/x')).to.equal(true);
      await settle(el);
      expect(status(el)).to.equal('Copied');
    });

    it('a cancelled endht-share stops the native share', async () => {
      const share = sandbox.stub().resolves();
      setNavigator('share', share);
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      el.addEventListener('endht-share', (e) => e.preventDefault());
      $(el, '[part~="control-native"]').click();
      await settle(el);
      expect(share.called).to.equal(false);
    });
  });

  describe('copy', () => {
    it('copy link, a chip and copy all: Clipboard API, "Copied" in the polite live region, endht-copied', async () => {
      const clipboard = { writeText: sandbox.stub().resolves() };
      setNavigator('clipboard', clipboard);
      const el = await fixture<EndhtShare>(html`<endht-share url="https://example.org/?a=1&b=2"></endht-share>`);
      const live = $(el, '[part="status"]');
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent!.trim()).to.equal(''); // present and empty before anything happens
      const events: CopiedEvent[] = [];
      document.addEventListener('endht-copied', (e) => events.push(e));

      $(el, '[part~="control-copy"]').click();
      await settle(el);
      chips(el)[1]!.click();
      await settle(el);
      chips(el).at(-1)!.click();
      await settle(el);

      expect(clipboard.writeText.args.map((a) => a[0])).to.deep.equal([
        'https://example.org/?a=1&b=2',
        '#endHT',
        '#EndHumanTrafficking #endHT #30July #WorldDayAgainstTraffickingInPersons',
      ]);
      expect(events.map((e) => [e.detail.kind, e.detail.text])).to.deep.equal([
        ['link', 'https://example.org/?a=1&b=2'],
        ['hashtag', '#endHT'],
        ['hashtags', '#EndHumanTrafficking #endHT #30July #WorldDayAgainstTraffickingInPersons'],
      ]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.detail).to.deep.equal({ kind: 'link', text: 'https://example.org/?a=1&b=2' });
      expect(status(el)).to.equal('Copied');
      // One region says it: announced once (the other live region, the thanks, is empty until a share).
      const saying = [...el.shadowRoot!.querySelectorAll('[aria-live]')].filter((r) =>
        r.textContent!.includes('Copied'),
      );
      expect(saying).to.have.length(1);
      expect(shadowText(el, '[part="thanks"]')).to.equal('');
    });

    it('"Copied" shows next to the control pressed (copy link, a chip, copy all, the icons control); the live region says it', async () => {
      setNavigator('clipboard', { writeText: sandbox.stub().resolves() });
      const bar = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const icons = await fixture<EndhtShare>(html`<endht-share variant="icons"></endht-share>`);
      const pressed: [EndhtShare, HTMLElement][] = [
        [bar, $(bar, '[part~="control-copy"]')],
        [bar, chips(bar)[2]!],
        [bar, chips(bar).at(-1)!],
        [icons, $(icons, '[part~="control-hashtags"]')],
      ];
      for (const [el, control] of pressed) {
        control.click();
        await settle(el);
        const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-status]')];
        const name = control.getAttribute('aria-label') ?? control.textContent!.trim();
        expect(shown, name).to.deep.equal([control]);
        expect(control.dataset['status'], name).to.equal('Copied');
        // Drawn by the control: generated content, just above it (its bottom 0.5em above the control's top).
        const after = getComputedStyle(control, '::after');
        expect(after.content, name).to.match(/^attr\(data-status\)|^"Copied"/);
        expect(after.position, name).to.equal('absolute');
        const gap = parseFloat(after.bottom) - control.getBoundingClientRect().height;
        expect(gap, name).to.be.within(0, 12);
        expect(status(el), name).to.equal('Copied');
      }
    });

    it('the live region is visually hidden (the visible "Copied" is by the control), and not removed', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const live = $(el, '[part="status"]');
      expect(live.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(live).display).not.to.equal('none');
    });

    it('the live region is emptied first, so a second copy is announced again', async () => {
      setNavigator('clipboard', { writeText: sandbox.stub().resolves() });
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const texts: string[] = [];
      const live = $(el, '[part="status"]');
      const mo = new MutationObserver(() => texts.push(live.textContent!.trim()));
      mo.observe(live, { childList: true, subtree: true, characterData: true });
      $(el, '[part~="control-copy"]').click();
      await settle(el);
      $(el, '[part~="control-copy"]').click();
      await settle(el);
      mo.disconnect();
      expect(texts.filter((t) => t === 'Copied').length).to.be.at.least(2);
      expect(texts).to.include('');
    });

    it('the message goes away after 5 s, silently', async () => {
      setNavigator('clipboard', { writeText: sandbox.stub().resolves() });
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        $(el, '[part~="control-copy"]').click();
        for (let i = 0; i < 5; i++) await Promise.resolve().then(() => el.updateComplete);
        expect(status(el)).to.equal('Copied');
        clock.tick(5000);
        await el.updateComplete;
        expect(status(el)).to.equal('');
      } finally {
        clock.restore();
      }
    });

    for (const why of ['denied', 'missing'] as const) {
      it(`clipboard ${why} → the execCommand fallback copies, focus stays on the button`, async () => {
        if (why === 'denied')
          setNavigator('clipboard', {
            writeText: sandbox.stub().rejects(new DOMException('denied', 'NotAllowedError')),
          });
        else setNavigator('clipboard', undefined);
        const el = await fixture<EndhtShare>(html`<endht-share url="https://example.org/"></endht-share>`);
        let copiedText = '';
        sandbox.stub(document, 'execCommand').callsFake((cmd: string) => {
          const area = el.shadowRoot!.querySelector('textarea')!;
          copiedText = cmd === 'copy' ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
          return true;
        });
        const btn = chips(el)[0]!;
        btn.focus();
        const ev = oneEvent(el, 'endht-copied');
        btn.click();
        expect(((await ev) as unknown as CopiedEvent).detail.text).to.equal('#EndHumanTrafficking');
        expect(copiedText).to.equal('#EndHumanTrafficking');
        expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
        expect(el.shadowRoot!.activeElement).to.equal(btn);
        await settle(el);
        expect(status(el)).to.equal('Copied');
      });
    }

    it('nothing works → "Could not copy" is announced and no endht-copied', async () => {
      setNavigator('clipboard', undefined);
      sandbox.stub(document, 'execCommand').returns(false);
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      let fired = 0;
      el.addEventListener('endht-copied', () => fired++);
      $(el, '[part~="control-copy"]').click();
      await settle(el);
      expect(fired).to.equal(0);
      expect(status(el)).to.equal('Could not copy');
    });
  });

  describe('Mastodon', () => {
    const dialog = (el: Element) => $(el, 'dialog') as HTMLDialogElement;
    const input = (el: Element) => $(el, '#server') as HTMLInputElement;

    it('parseServer accepts host names in the forms people paste, and nothing else', () => {
      const ok: Array<[string, string]> = [
        ['mastodon.social', 'mastodon.social'],
        ['  Mastodon.Social  ', 'mastodon.social'],
        ['https://mas.to/', 'mas.to'],
        ['https://mastodon.online/@someone', 'mastodon.online'],
        ['@me@fosstodon.org', 'fosstodon.org'],
        ['me@social.example.co.uk', 'social.example.co.uk'],
        ['mastodon.social/@me', 'mastodon.social'],
        ['bücher.example', 'xn--bcher-kva.example'],
      ];
      for (const [input, host] of ok) expect(parseServer(input), input).to.equal(host);
      for (const bad of [
        '',
        'localhost',
        'not a server',
        'javascript:alert(1)',
        'https://evil.example:8443',
        '127.0.0.1',
        '-bad.example',
        'a..b',
        'exa_mple.com',
        'x.y/',
        'ftp://mas.to',
        '%2e.example',
        null,
        42,
      ]) {
        expect(parseServer(bad), String(bad)).to.equal(undefined);
      }
    });

    it('keyboard: Enter opens a labelled modal dialog with focus in the field; type, Enter shares; focus returns', async () => {
      const el = await fixture<EndhtShare>(
        html`<endht-share url="https://example.org/" text="Hi" hashtags="a"></endht-share>`,
      );
      const open = sandbox.stub(window, 'open').returns(null);
      const events: ShareEvent[] = [];
      el.addEventListener('endht-share', (e) => events.push(e));
      await openMore(el); // Mastodon is behind "More" by default
      const btn = $(el, '[part~="control-mastodon"]');
      btn.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const d = dialog(el);
      expect(d.open).to.equal(true);
      expect(d.matches(':modal')).to.equal(true);
      expect(d.getAttribute('aria-labelledby')).to.equal('mt');
      expect(shadowText(el, '#mt')).to.equal('Share on Mastodon');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect((input(el).labels?.[0]?.textContent ?? '').trim()).to.equal('Your Mastodon server');
      await sendKeys({ type: 'Mastodon.Social' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(
        open.calledOnceWithExactly(
          'https://mastodon.social/share?text=Hi%0A%23a%0Ahttps%3A%2F%2Fexample.org%2F',
          '_blank',
          'noopener,noreferrer',
        ),
      ).to.equal(true);
      expect(d.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(btn);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.network).to.equal('mastodon');
      expect(events[0]!.detail.href).to.equal(open.firstCall.args[0]);
      expect(localStorage.getItem(KEY)).to.equal('mastodon.social');
    });

    it('Escape closes the dialog and returns focus; nothing opens', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const open = sandbox.stub(window, 'open').returns(null);
      await openMore(el); // Mastodon is behind "More" by default
      const btn = $(el, '[part~="control-mastodon"]');
      btn.focus();
      await sendKeys({ press: 'Enter' });
      expect(dialog(el).open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(btn);
      expect(open.called).to.equal(false);
    });

    it('an invalid server keeps the dialog open with an error tied to the field; nothing opens or is stored', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const open = sandbox.stub(window, 'open').returns(null);
      $(el, '[part~="control-mastodon"]').click();
      input(el).value = 'not a server';
      ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
      await settle(el);
      expect(dialog(el).open).to.equal(true);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(input(el).getAttribute('aria-describedby')).to.equal('error');
      expect(shadowText(el, '#error')).to.equal('Enter a server name such as mastodon.social.');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(open.called).to.equal(false);
      expect(localStorage.getItem(KEY)).to.equal(null);
      await expect(el).to.be.accessible();
      dialog(el).close();
    });

    it('the remembered server is filled in; a suggested server can be picked', async () => {
      localStorage.setItem(KEY, 'mas.to');
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      $(el, '[part~="control-mastodon"]').click();
      expect(input(el).value).to.equal('mas.to');
      const pick = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.servers button')].map((b) =>
        b.textContent!.trim(),
      );
      expect(pick).to.deep.equal(['mastodon.social', 'mastodon.online', 'mas.to', 'mstdn.social']);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.servers button')!.click();
      expect(input(el).value).to.equal('mastodon.social');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      dialog(el).close();
      localStorage.setItem(KEY, 'javascript:alert(1)'); // a tampered value is not trusted
      $(el, '[part~="control-mastodon"]').click();
      expect(input(el).value).to.equal('');
      dialog(el).close();
    });

    it('storage that throws only forgets: the dialog and the share still work', async () => {
      sandbox.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      sandbox.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const open = sandbox.stub(window, 'open').returns(null);
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      $(el, '[part~="control-mastodon"]').click();
      expect(input(el).value).to.equal('');
      input(el).value = 'mstdn.social';
      ($(el, 'form') as HTMLFormElement).requestSubmit();
      expect(open.calledOnce).to.equal(true);
      expect(open.firstCall.args[0]).to.match(/^https:\/\/mstdn\.social\/share\?text=/);
    });

    it('a cancelled endht-share opens nothing', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const open = sandbox.stub(window, 'open').returns(null);
      el.addEventListener('endht-share', (e) => e.preventDefault());
      $(el, '[part~="control-mastodon"]').click();
      input(el).value = 'mastodon.social';
      ($(el, 'form') as HTMLFormElement).requestSubmit();
      expect(open.called).to.equal(false);
      expect(dialog(el).open).to.equal(false);
    });

    it('the open dialog is axe clean in both themes', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<EndhtShare>(html`<endht-share theme=${theme}></endht-share>`);
        $(el, '[part~="control-mastodon"]').click();
        await expect(el).to.be.accessible();
        dialog(el).close();
      }
    });
  });

  describe('privacy', () => {
    it('makes no request: not when rendered, not when copying, not when the dialog opens', async () => {
      setNavigator('clipboard', { writeText: sandbox.stub().resolves() });
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture<EndhtShare>(
        html`<div><endht-share></endht-share><endht-share variant="icons" theme="dark"></endht-share></div>`,
      );
      const share = el.querySelector('endht-share')!;
      await share.updateComplete;
      $(share, '[part~="control-copy"]').click();
      chips(share)[0]!.click();
      $(share, '[part~="control-mastodon"]').click();
      await settle(share);
      ($(share, 'dialog') as HTMLDialogElement).close();
      await new Promise((r) => setTimeout(r, 50));
      expect(performance.getEntriesByType('resource').length).to.equal(before);
      expect(document.cookie).to.equal('');
    });
  });

  describe('six languages', () => {
    const expected: Record<string, { title: string; message: RegExp; x: string; copy: string; copied: string }> = {
      en: {
        title: 'Spread the word',
        message: /^30 July is the World Day against Trafficking in Persons\./,
        x: 'Share on X (opens in a new tab)',
        copy: 'Copy link',
        copied: 'Copied',
      },
      fr: {
        title: 'Faites passer le message',
        message: /^Le 30 juillet est la Journée mondiale de la lutte contre la traite d'êtres humains\./,
        x: "Partager sur X (s'ouvre dans un nouvel onglet)",
        copy: 'Copier le lien',
        copied: 'Copié',
      },
      es: {
        title: 'Difunde el mensaje',
        message: /^El 30 de julio es el Día Mundial contra la Trata de Personas\./,
        x: 'Compartir en X (se abre en una pestaña nueva)',
        copy: 'Copiar enlace',
        copied: 'Copiado',
      },
      ar: {
        title: 'انشر الرسالة',
        message: /اليوم العالمي لمكافحة الاتجار بالأشخاص/,
        x: 'المشاركة على X (يُفتح في علامة تبويب جديدة)',
        copy: 'نسخ الرابط',
        copied: 'تم النسخ',
      },
      'zh-Hans': {
        title: '一起传播',
        message: /^7月30日是世界打击贩运人口行为日。/,
        x: '分享到 X（在新标签页中打开）',
        copy: '复制链接',
        copied: '已复制',
      },
      ru: {
        title: 'Расскажите другим',
        message: /^30 июля — Всемирный день борьбы с торговлей людьми\./,
        x: 'Поделиться в X (откроется в новой вкладке)',
        copy: 'Копировать ссылку',
        copied: 'Скопировано',
      },
    };
    for (const lang of LOCALES) {
      it(`${lang}: text, accessible names, message in the share links, announcement, direction; axe clean`, async () => {
        setNavigator('clipboard', { writeText: sandbox.stub().resolves() });
        await switchLang(lang);
        const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
        const e = expected[lang]!;
        expect($(el, '.base').getAttribute('lang')).to.equal(lang);
        expect($(el, '.base').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle($(el, '.list')).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(shadowText(el, '[part="title"]')).to.equal(e.title);
        expect(el.shareData.text).to.match(e.message);
        expect(link(el, 'x').getAttribute('aria-label')).to.equal(e.x);
        expect($(el, '[part~="control-copy"]').getAttribute('aria-label')).to.equal(e.copy);
        const body = decodeURIComponent(link(el, 'whatsapp').getAttribute('href')!.split('text=')[1]!);
        expect(body).to.match(e.message);
        expect(body).to.contain('#EndHumanTrafficking #endHT #30July #WorldDayAgainstTraffickingInPersons');
        for (const c of [...controls(el), ...chips(el)])
          expect(c.getAttribute('aria-label') ?? c.textContent!.trim(), c.outerHTML).to.match(/\S/);
        await expect(el).to.be.accessible();
        $(el, '[part~="control-copy"]').click();
        await settle(el);
        expect(status(el)).to.equal(e.copied);
        $(el, '[part~="control-mastodon"]').click();
        await expect(el).to.be.accessible();
        ($(el, 'dialog') as HTMLDialogElement).close();
      });
    }

    it('French typography: a no-break space before the colon', async () => {
      await switchLang('fr');
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      expect(el.shadowRoot!.textContent).not.to.match(/ :/);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      for (const variant of ['bar', 'compact', 'icons']) {
        it(`axe: ${variant}, ${theme}`, async () => {
          setNavigator('share', sandbox.stub().resolves());
          const el = await fixture(html`<endht-share variant=${variant} theme=${theme}></endht-share>`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('a list of controls named by the title; chips in a named toolbar', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const list = $(el, '[part="list"]');
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-labelledby')).to.equal('title');
      expect($(el, '[part="hashtags"]').getAttribute('role')).to.equal('toolbar');
      expect($(el, '[part="hashtags"]').getAttribute('aria-label')).to.equal('Hashtags');
    });

    it('keyboard: Tab reaches every target in order, then the hashtag toolbar once; Enter on a chip copies it', async () => {
      setNavigator('clipboard', { writeText: sandbox.stub().resolves() });
      const el = await fixture<EndhtShare>(html`<endht-share networks="x,copy" hashtags="a,b"></endht-share>`);
      expect(await tabStops(el)).to.deep.equal(['x', 'copy', 'toolbar #a']);
      const copied = oneEvent(el, 'endht-copied');
      chips(el)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(((await copied) as unknown as CopiedEvent).detail.text).to.equal('#b');
    });
  });

  describe('icons variant: no icon alone on a row', () => {
    for (const lang of ['en', 'ar']) {
      for (const native of [true, false]) {
        it(`${lang}, ${native ? 'with' : 'without'} native share, at 280, 320, 360, 480 and 960 px; "More" open too`, async () => {
          setNavigator('share', native ? sandbox.stub().resolves() : undefined);
          await switchLang(lang);
          for (const width of [280, 320, 360, 480, 960]) {
            const wrap = await fixture<HTMLElement>(
              html`<div style="inline-size:${width}px"><endht-share variant="icons"></endht-share></div>`,
            );
            const el = wrap.firstElementChild as EndhtShare;
            await el.updateComplete;
            const list = $(el, '[part="list"]');
            expect(list.children.length).to.equal(native ? 8 : 7);
            const rows = rowsOf(list);
            if (rows.length > 1) expect(Math.min(...rows), `${width} px: ${rows}`).to.be.at.least(2);
            if (width >= 480) expect(rows, `${width} px`).to.have.length(1);
            await openMore(el);
            const more = rowsOf($(el, '[part="more"] ul'));
            if (more.length > 1) expect(Math.min(...more), `${width} px, More: ${more}`).to.be.at.least(2);
          }
        });
      }
    }

    it("a site's own list of 2 to 13 controls at 320 and 480 px", async () => {
      const all = 'native,x,facebook,linkedin,whatsapp,telegram,bluesky,threads,mastodon,reddit,email,copy';
      setNavigator('share', sandbox.stub().resolves());
      for (let count = 1; count <= 12; count++) {
        const networks = all.split(',').slice(0, count).join(',');
        for (const width of [320, 480]) {
          const wrap = await fixture<HTMLElement>(
            html`<div style="inline-size:${width}px">
              <endht-share variant="icons" networks=${networks}></endht-share>
            </div>`,
          );
          const el = wrap.querySelector('endht-share')!;
          await el.updateComplete;
          const rows = rowsOf($(el, '[part="list"]'));
          expect(
            rows.reduce((a, b) => a + b),
            networks,
          ).to.equal(count + 1);
          if (rows.length > 1) expect(Math.min(...rows), `${width} px, ${count + 1}: ${rows}`).to.be.at.least(2);
        }
      }
    });
  });

  describe('tab stops: at most 8 in the default bar (the hashtag chips are one toolbar)', () => {
    for (const native of [true, false]) {
      for (const variant of ['bar', 'compact', 'icons']) {
        it(`${variant}, ${native ? 'with' : 'without'} native share: ${native ? 8 : 7} stops`, async () => {
          setNavigator('share', native ? sandbox.stub().resolves() : undefined);
          const el = await fixture<EndhtShare>(html`<endht-share variant=${variant}></endht-share>`);
          const stops = await tabStops(el);
          const targets = ['x', 'facebook', 'linkedin', 'whatsapp', 'More', 'copy'];
          const last = variant === 'icons' ? 'hashtags' : 'toolbar #EndHumanTrafficking';
          expect(stops).to.deep.equal([...(native ? ['native'] : []), ...targets, last]);
        });
      }
    }

    it('the toolbar is named, and each chip says what it does', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
      const toolbar = $(el, '[part="hashtags"]');
      expect(toolbar.getAttribute('role')).to.equal('toolbar');
      expect(toolbar.getAttribute('aria-label')).to.equal('Hashtags');
      expect(chips(el).map((c) => c.getAttribute('aria-label') ?? c.textContent!.trim())).to.deep.equal([
        ...DEFAULT_TAGS.map((tag) => `Copy hashtag ${tag}`),
        'Copy all',
      ]);
    });

    it('arrow keys, Home and End move within the toolbar, one chip at a time, without wrapping', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share hashtags="a,b,c"></endht-share>`);
      const tabbable = () => chips(el).filter((c) => c.tabIndex === 0);
      expect(tabbable()).to.deep.equal([chips(el)[0]]);
      chips(el)[0]!.focus();
      const seen: string[] = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'ArrowRight', 'Home', 'ArrowLeft']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        seen.push(focusedChip(el));
        expect(tabbable(), key).to.deep.equal([el.shadowRoot!.activeElement]);
      }
      expect(seen).to.deep.equal(['#b', '#c', '#b', 'Copy all', 'Copy all', '#a', '#a']);
    });

    it('Tab leaves the toolbar; Shift+Tab comes back to the chip reached last', async () => {
      const el = await fixture<EndhtShare>(html`<endht-share networks="copy" hashtags="a,b,c"></endht-share>`);
      chips(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(networkOf(el.shadowRoot!.activeElement!)).to.equal('copy');
      await sendKeys({ press: 'Tab' });
      expect(focusedChip(el)).to.equal('#c');
    });

    it('right to left (Arabic): Left moves to the next chip, Right to the previous one', async () => {
      await switchLang('ar');
      const el = await fixture<EndhtShare>(html`<endht-share hashtags="a,b,c"></endht-share>`);
      expect(getComputedStyle($(el, '[part="hashtags"]')).direction).to.equal('rtl');
      // The next chip is drawn to the left of the first one.
      expect(chips(el)[1]!.getBoundingClientRect().right).to.be.at.most(chips(el)[0]!.getBoundingClientRect().left);
      chips(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedChip(el)).to.equal('#b');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedChip(el)).to.equal('#c');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedChip(el)).to.equal('#b');
    });
  });

  it('removing the element releases its timer and closes the dialog', async () => {
    setNavigator('clipboard', { writeText: sandbox.stub().resolves() });
    const el = await fixture<EndhtShare>(html`<endht-share></endht-share>`);
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      $(el, '[part~="control-copy"]').click();
      for (let i = 0; i < 5; i++) await Promise.resolve().then(() => el.updateComplete);
      expect(clock.countTimers()).to.equal(1);
      $(el, '[part~="control-mastodon"]').click();
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    } finally {
      clock.restore();
    }
  });
});
