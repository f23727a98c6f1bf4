import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../index.js';
import {
  ACTED_KEY,
  DISMISSED_KEY,
  EndhtCampaign,
  TAKEOVER_KEY,
  campaignYear,
  fingerprint,
  hasActed,
  markActed,
  remember,
  rememberedAt,
} from './campaign.js';
import type { EndhtBlueHeart } from '../elements/blue-heart/blue-heart.js';
import type { EndhtDonate } from '../elements/donate/donate.js';
import type { EndhtShare } from '../elements/share/share.js';
import {
  $,
  LOCALES,
  captureWarnings,
  fakeClock,
  forgetCampaign,
  setPreviewHash,
  shadowText,
  switchLang,
  type FakeClock,
} from '../../test/helpers.js';

const clearMemory = forgetCampaign;
const acted = () => Object.keys(localStorage).filter((key) => key.startsWith(ACTED_KEY));
const shown = (el: Element) => el.shadowRoot!.querySelector('[part="base"]') !== null;

/** Clicks a link as a visitor does; a last window listener keeps the test page from leaving. */
function clickWithoutLeaving(link: HTMLElement): void {
  const stop = (event: Event) => event.preventDefault();
  window.addEventListener('click', stop);
  try {
    link.click();
  } finally {
    window.removeEventListener('click', stop);
  }
}

async function banner(markup: string): Promise<EndhtBlueHeart> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.firstElementChild as EndhtBlueHeart;
  await el.updateComplete;
  return el;
}

describe('core/campaign (what the widgets remember about the campaign)', () => {
  let clock: FakeClock | undefined;
  beforeEach(clearMemory);
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    setPreviewHash();
    clearMemory();
    await switchLang('en');
  });

  it('the campaign year is the year of the coming 30 July in the visitor zone: from 31 July, the next', () => {
    expect(campaignYear(new Date(2027, 0, 1).getTime())).to.equal(2027);
    expect(campaignYear(new Date(2027, 6, 30, 23, 59).getTime())).to.equal(2027);
    expect(campaignYear(new Date(2027, 6, 31).getTime())).to.equal(2028);
    expect(campaignYear(new Date(2027, 11, 31).getTime())).to.equal(2028);
  });

  it('a fingerprint is stable for the same content and differs for other content', () => {
    expect(fingerprint(['bar', '/a', 'Join us'])).to.equal(fingerprint(['bar', '/a', 'Join us']));
    expect(fingerprint(['bar', '/a', 'Join us'])).to.match(/^[0-9a-z]{1,7}$/);
    const others = [
      ['card', '/a', 'Join us'],
      ['bar', '/b', 'Join us'],
      ['bar', '/a', 'Join us!'],
      ['bar', '/a', undefined],
      ['bar/a', '', 'Join us'],
    ];
    const prints = new Set([fingerprint(['bar', '/a', 'Join us']), ...others.map((content) => fingerprint(content))]);
    expect(prints.size).to.equal(others.length + 1);
  });

  it('remember() stores the time and the fingerprint; rememberedAt() answers for that fingerprint only', () => {
    clock = fakeClock('2027-03-01T12:00:00Z');
    expect(remember(`${DISMISSED_KEY}2027`, 'abc')).to.equal(true);
    expect(localStorage.getItem(`${DISMISSED_KEY}2027`)).to.equal(`${Date.now()} abc`);
    expect(rememberedAt(`${DISMISSED_KEY}2027`, 'abc')).to.equal(Date.now());
    expect(rememberedAt(`${DISMISSED_KEY}2027`, 'abd')).to.equal(undefined);
    for (const stored of ['', ' abc', 'x abc', 'NaN abc', `${Date.now()}`, `${Date.now()} abc extra`]) {
      localStorage.setItem(`${DISMISSED_KEY}2027`, stored);
      if (stored.endsWith('extra')) continue; // a third field is ignored
      expect(rememberedAt(`${DISMISSED_KEY}2027`, 'abc'), stored).to.equal(undefined);
    }
  });

  it('the acted mark is kept per campaign year, and EndhtCampaign.reset() forgets the year', () => {
    clock = fakeClock('2027-03-01T12:00:00Z');
    expect(hasActed()).to.equal(false);
    markActed();
    expect(hasActed()).to.equal(true);
    expect(localStorage.getItem(`${ACTED_KEY}2027`)).to.equal(String(Date.now()));
    localStorage.setItem(`${DISMISSED_KEY}2027`, '1 a');
    localStorage.setItem(`${TAKEOVER_KEY}2027`, '1 a');
    EndhtCampaign.reset();
    expect(hasActed()).to.equal(false);
    expect(localStorage.getItem(`${DISMISSED_KEY}2027`)).to.equal(null);
    expect(localStorage.getItem(`${TAKEOVER_KEY}2027`)).to.equal(null);
    markActed();
    clock.tick(200 * 86_400_000); // into the 2028 campaign
    expect(hasActed()).to.equal(false);
  });

  describe('"already acted" → quiet', () => {
    it('a share that goes ahead marks the campaign year; a sticky bar then stays closed, an inline banner not', async () => {
      const share = await fixture<EndhtShare>(html`<endht-share networks="x,copy"></endht-share>`);
      expect(shown(await banner('<endht-blue-heart position="bottom"></endht-blue-heart>'))).to.equal(true);
      clickWithoutLeaving($(share, '[part~="control-x"]'));
      expect(acted()).to.deep.equal([`${ACTED_KEY}${campaignYear()}`]);
      expect(shown(await banner('<endht-blue-heart position="bottom"></endht-blue-heart>'))).to.equal(false);
      expect(shown(await banner('<endht-blue-heart position="top"></endht-blue-heart>'))).to.equal(false);
      expect(shown(await banner('<endht-blue-heart></endht-blue-heart>'))).to.equal(true);
      // quiet-after-action turns it on for any banner, and "off" turns it off for a sticky bar.
      expect(shown(await banner('<endht-blue-heart quiet-after-action></endht-blue-heart>'))).to.equal(false);
      expect(
        shown(await banner('<endht-blue-heart variant="card" quiet-after-action=""></endht-blue-heart>')),
      ).to.equal(false);
      const loud = '<endht-blue-heart position="bottom" quiet-after-action="off"></endht-blue-heart>';
      expect(shown(await banner(loud))).to.equal(true);
      expect(shown(await banner(loud.replace('off', 'OFF')))).to.equal(true);
      expect(shown(await banner('<endht-blue-heart quiet-after-action="on"></endht-blue-heart>'))).to.equal(false);
      const w = captureWarnings();
      let maybe: EndhtBlueHeart;
      try {
        maybe = await banner('<endht-blue-heart position="top" quiet-after-action="maybe"></endht-blue-heart>');
      } finally {
        w.restore();
      }
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.contain('quiet-after-action="maybe"');
      expect(maybe.quietAfterAction).to.equal(undefined);
      expect(shown(maybe)).to.equal(false); // the default of a sticky bar: quiet
      // The site clears the mark: the bar shows again.
      EndhtCampaign.reset();
      expect(shown(await banner('<endht-blue-heart position="bottom"></endht-blue-heart>'))).to.equal(true);
    });

    it('a cancelled share or donation marks nothing and thanks nobody', async () => {
      const share = await fixture<EndhtShare>(html`<endht-share networks="x"></endht-share>`);
      const donate = await fixture<EndhtDonate>(html`<endht-donate></endht-donate>`);
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('endht-share', cancel);
      document.addEventListener('endht-donate', cancel);
      try {
        $(share, '[part~="control-x"]').click();
        $(donate, '[part="button"]').click();
      } finally {
        document.removeEventListener('endht-share', cancel);
        document.removeEventListener('endht-donate', cancel);
      }
      await share.updateComplete;
      await donate.updateComplete;
      expect(acted()).to.deep.equal([]);
      expect(shadowText(share, '[part="thanks"]')).to.equal('');
      expect(shadowText(donate, '[part="thanks"]')).to.equal('');
    });

    it('a donate click that goes ahead marks the year and thanks the visitor in a polite live region', async () => {
      const donate = await fixture<EndhtDonate>(html`<endht-donate></endht-donate>`);
      const thanks = $(donate, '[part="thanks"]');
      // In the page (empty, taking no room) before anything happens, so that it is announced.
      expect(thanks.getAttribute('role')).to.equal('status');
      expect(thanks.textContent!.trim()).to.equal('');
      expect(getComputedStyle(thanks).position).to.equal('absolute');
      clickWithoutLeaving($(donate, '[part="button"]'));
      await donate.updateComplete;
      expect(acted()).to.have.length(1);
      expect(shadowText(donate, '[part="thanks"]')).to.equal('Thank you for your support');
      expect(getComputedStyle(thanks).position).to.equal('static');
    });

    it('the native share sheet marks the year only once the visitor has shared', async () => {
      const share = sinon.stub().rejects(new DOMException('cancelled', 'AbortError'));
      Object.defineProperty(navigator, 'share', { configurable: true, value: share });
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
      try {
        const el = await fixture<EndhtShare>(html`<endht-share networks="native"></endht-share>`);
        $(el, '[part~="control-native"]').click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(acted()).to.deep.equal([]);
        share.resolves();
        $(el, '[part~="control-native"]').click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(acted()).to.have.length(1);
        expect(shadowText(el, '[part="thanks"]')).to.equal('Thank you for spreading the word');
      } finally {
        Reflect.deleteProperty(navigator, 'share');
        Reflect.deleteProperty(navigator, 'canShare');
      }
    });

    it('a Mastodon share that opens marks the year', async () => {
      const open = sinon.stub(window, 'open').returns(null);
      const el = await fixture<EndhtShare>(html`<endht-share networks="mastodon"></endht-share>`);
      $(el, '[part~="control-mastodon"]').click();
      el.shadowRoot!.querySelector<HTMLInputElement>('#server')!.value = 'mastodon.social';
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      expect(open.calledOnce).to.equal(true);
      expect(acted()).to.have.length(1);
      expect(shadowText(el, '[part="thanks"]')).to.equal('Thank you for spreading the word');
    });

    it('with storage that throws, a share and a donation still go ahead and thank the visitor', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const share = await fixture<EndhtShare>(html`<endht-share networks="x"></endht-share>`);
      const donate = await fixture<EndhtDonate>(html`<endht-donate></endht-donate>`);
      clickWithoutLeaving($(share, '[part~="control-x"]'));
      clickWithoutLeaving($(donate, '[part="button"]'));
      await share.updateComplete;
      await donate.updateComplete;
      expect(shadowText(share, '[part="thanks"]')).to.equal('Thank you for spreading the word');
      expect(shadowText(donate, '[part="thanks"]')).to.equal('Thank you for your support');
    });

    it('while a date is previewed, acting stores nothing and a stored mark is not read', async () => {
      setPreviewHash('2027-07-30');
      const donate = await fixture<EndhtDonate>(html`<endht-donate></endht-donate>`);
      clickWithoutLeaving($(donate, '[part="button"]'));
      expect(acted()).to.deep.equal([]);
      setPreviewHash();
      markActed();
      setPreviewHash('2027-07-30');
      expect(shown(await banner('<endht-blue-heart position="bottom"></endht-blue-heart>'))).to.equal(true);
    });

    for (const lang of LOCALES) {
      it(`${lang}: the thank-you lines are translated`, async () => {
        await switchLang(lang);
        const share = await fixture<EndhtShare>(html`<endht-share networks="x"></endht-share>`);
        const donate = await fixture<EndhtDonate>(html`<endht-donate></endht-donate>`);
        clickWithoutLeaving($(share, '[part~="control-x"]'));
        clickWithoutLeaving($(donate, '[part="button"]'));
        await share.updateComplete;
        await donate.updateComplete;
        const texts = [shadowText(share, '[part="thanks"]'), shadowText(donate, '[part="thanks"]')];
        const english = ['Thank you for spreading the word', 'Thank you for your support'];
        if (lang === 'en') expect(texts).to.deep.equal(english);
        else expect(texts.filter((text, index) => text !== '' && text !== english[index])).to.have.length(2);
        await expect(share).to.be.accessible();
        await expect(donate).to.be.accessible();
      });
    }
  });
});

describe('campaign codes (campaign="…")', () => {
  let clock: FakeClock | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    forgetCampaign();
  });

  const CODES_2027 = 'utm_source=acme-2027&utm_medium=endht-widgets&utm_campaign=world-day-2027';

  it('none without the attribute: the links are exactly the defaults', async () => {
    const heart = await banner('<endht-blue-heart></endht-blue-heart>');
    const donate = await fixture<EndhtDonate>(html`<endht-donate></endht-donate>`);
    const share = await fixture<EndhtShare>(html`<endht-share url="https://ngo.example/day"></endht-share>`);
    expect(($(heart, '[part="cta"]') as HTMLAnchorElement).href).to.not.contain('utm_');
    expect(($(donate, '[part="button"]') as HTMLAnchorElement).href).to.not.contain('utm_');
    expect(share.shareData.url).to.equal('https://ngo.example/day');
    for (const a of share.shadowRoot!.querySelectorAll('a')) expect(a.href).to.not.contain('utm_');
  });

  it('added to the links that leave for unodc.org, with the campaign year', async () => {
    clock = fakeClock('2027-03-01T12:00:00Z');
    const heart = await banner('<endht-blue-heart campaign="acme-2027"></endht-blue-heart>');
    const cta = ($(heart, '[part="cta"]') as HTMLAnchorElement).href;
    expect(cta).to.equal(`https://unodc.org/unodc/en/blueheart/highlights.html?${CODES_2027}`);
    const donate = await fixture<EndhtDonate>(html`<endht-donate campaign="acme-2027"></endht-donate>`);
    const button = $(donate, '[part="button"]') as HTMLAnchorElement;
    expect(new URL(button.href).hostname).to.equal('www.unodc.org');
    expect(new URL(button.href).search).to.equal(`?${CODES_2027}`);
    let detail = '';
    donate.addEventListener('endht-donate', (e) => (detail = e.detail.href));
    clickWithoutLeaving(button);
    expect(detail).to.equal(button.href);
    // From 31 July, the next campaign year.
    clock.tick(152 * 86_400_000);
    const later = await banner('<endht-blue-heart campaign="acme-2027"></endht-blue-heart>');
    expect(($(later, '[part="cta"]') as HTMLAnchorElement).href).to.contain('utm_campaign=world-day-2028');
  });

  it('not added to a link to another site; added to one to a unodc.org subdomain, after its own query', async () => {
    const own = await banner('<endht-blue-heart campaign="acme" href="https://ngo.example/heart"></endht-blue-heart>');
    expect(($(own, '[part="cta"]') as HTMLAnchorElement).href).to.equal('https://ngo.example/heart');
    const donate = await fixture<EndhtDonate>(
      html`<endht-donate campaign="acme" href="https://give.example/?a={amount}" amount="5"></endht-donate>`,
    );
    expect(($(donate, '[part="button"]') as HTMLAnchorElement).href).to.equal('https://give.example/?a=5');
    const sub = await banner(
      '<endht-blue-heart campaign="acme" href="https://www.unodc.org/x?lng=fr#top"></endht-blue-heart>',
    );
    const url = new URL(($(sub, '[part="cta"]') as HTMLAnchorElement).href);
    expect(url.searchParams.get('lng')).to.equal('fr');
    expect(url.searchParams.get('utm_source')).to.equal('acme');
    expect(url.hash).to.equal('#top');
    // Not fooled by a look-alike host.
    const fake = await banner(
      '<endht-blue-heart campaign="acme" href="https://unodc.org.evil.example/"></endht-blue-heart>',
    );
    expect(($(fake, '[part="cta"]') as HTMLAnchorElement).href).to.not.contain('utm_');
  });

  it('added to the shared address, in every share link, the copied link and the event', async () => {
    clock = fakeClock('2027-03-01T12:00:00Z');
    const el = await fixture<EndhtShare>(
      html`<endht-share
        campaign="acme-2027"
        url="https://ngo.example/day?ref=1"
        networks="x,telegram,copy"
      ></endht-share>`,
    );
    const shared = `https://ngo.example/day?ref=1&${CODES_2027}`;
    expect(el.shareData.url).to.equal(shared);
    expect(($(el, '[part~="control-x"]') as HTMLAnchorElement).href).to.contain(`url=${encodeURIComponent(shared)}`);
    expect(($(el, '[part~="control-telegram"]') as HTMLAnchorElement).href).to.contain(encodeURIComponent(shared));
    let detail = '';
    el.addEventListener('endht-share', (e) => (detail = e.detail.url));
    clickWithoutLeaving($(el, '[part~="control-x"]'));
    expect(detail).to.equal(shared);
  });

  it('a campaign that is not letters, digits, - and _ (at most 64): one warning, and no codes', async () => {
    for (const bad of ['acme 2027', 'acme/2027', 'café', 'a'.repeat(65), '<b>x</b>']) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        host.innerHTML = `<endht-donate campaign="${bad.replace(/"/g, '&quot;')}"></endht-donate>`;
        await (host.firstElementChild as EndhtDonate).updateComplete;
      } finally {
        console.warn = original;
      }
      const el = host.firstElementChild as EndhtDonate;
      expect(warnings, bad).to.have.length(1);
      expect(warnings[0]).to.contain('<endht-donate>: campaign=').and.contain('no campaign codes');
      expect(($(el, '[part="button"]') as HTMLAnchorElement).href, bad).to.not.contain('utm_');
      expect(el.campaign).to.equal(undefined);
    }
    const longest = await fixture<EndhtDonate>(
      html`<endht-donate campaign=${'A_b-9'.repeat(12) + 'abcd'}></endht-donate>`,
    );
    expect(($(longest, '[part="button"]') as HTMLAnchorElement).href).to.contain('utm_source=A_b-9');
  });
});
