import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { pageSettings } from './page-settings.js';
import type { EndhtBlueHeart } from '../elements/blue-heart/blue-heart.js';
import type { EndhtCountdown } from '../elements/countdown/countdown.js';
import type { EndhtDonate } from '../elements/donate/donate.js';
import type { EndhtShare } from '../elements/share/share.js';
import type { EndhtStats } from '../elements/stats/stats.js';
import { $, captureWarnings } from '../../test/helpers.js';

/** Puts the page-wide setting in <head>, as a site does. */
function setPageSettings(text: string | undefined): void {
  document.getElementById('endht-campaign')?.remove();
  if (text === undefined) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'endht-campaign';
  script.textContent = text;
  document.head.append(script);
}

/** Mounts markup as a page writes it, after the setting; returns every element in it. */
async function mount(markup: string): Promise<HTMLElement[]> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = markup;
  const elements = [...host.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
  for (const el of elements) await el.updateComplete;
  return elements;
}

const SETTINGS = JSON.stringify({
  campaign: 'acme-2027',
  'time-zone': 'Pacific/Kiritimati',
  theme: 'dark',
  appearance: 'band',
  'donate-href': 'https://give.example/now',
});

describe('core/page-settings (<script type="application/json" id="endht-campaign">)', () => {
  afterEach(() => setPageSettings(undefined));

  it('without the script, nothing changes', async () => {
    expect(pageSettings()).to.deep.equal({});
    const [countdown] = (await mount('<endht-countdown></endht-countdown>')) as EndhtCountdown[];
    expect(countdown.theme).to.equal('light');
    expect(countdown.timeZone).to.equal(undefined);
  });

  it('fills in campaign, time-zone, theme, appearance and the donate link on every element that has them', async () => {
    setPageSettings(SETTINGS);
    const [countdown, donate, share, heart, stats] = (await mount(
      `<endht-countdown></endht-countdown><endht-donate></endht-donate><endht-share networks="x"></endht-share>
       <endht-blue-heart></endht-blue-heart><endht-stats></endht-stats>`,
    )) as [EndhtCountdown, EndhtDonate, EndhtShare, EndhtBlueHeart, EndhtStats];
    expect(countdown.timeZone).to.equal('Pacific/Kiritimati');
    for (const el of [countdown, donate, share, heart, stats]) {
      expect(el.theme, el.localName).to.equal('dark');
      expect($(el, '.base').classList.contains('theme-dark'), el.localName).to.equal(true);
      expect(el.appearance, el.localName).to.equal('band');
      expect($(el, '.base').classList.contains('appearance-band'), el.localName).to.equal(true);
    }
    expect(($(donate, '[part="button"]') as HTMLAnchorElement).href).to.equal('https://give.example/now');
    expect(donate.campaign).to.equal('acme-2027');
    expect(share.shareData.url).to.contain('utm_source=acme-2027');
    expect(($(heart, '[part="cta"]') as HTMLAnchorElement).href).to.contain('utm_source=acme-2027');
    expect(heart.href).to.equal(undefined); // donate-href is the donate link, not the banner's
    expect((stats as unknown as Record<string, unknown>).campaign).to.equal(undefined); // it has no such attribute
  });

  it("an element's own attribute wins, and so does a property a script sets before it is on the page", async () => {
    setPageSettings(SETTINGS);
    const [countdown, donate, share] = (await mount(
      `<endht-countdown theme="light" time-zone="Europe/Vienna"></endht-countdown>
       <endht-donate href="https://own.example/"></endht-donate><endht-share campaign="own"></endht-share>`,
    )) as [EndhtCountdown, EndhtDonate, EndhtShare];
    expect(countdown.theme).to.equal('light');
    expect(countdown.timeZone).to.equal('Europe/Vienna');
    expect(($(donate, '[part="button"]') as HTMLAnchorElement).href).to.equal('https://own.example/');
    expect(share.campaign).to.equal('own');
    // As a framework does it: create, set properties, then put it on the page.
    const made = document.createElement('endht-countdown');
    made.theme = 'light';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(made);
    await made.updateComplete;
    expect(made.theme).to.equal('light');
    expect(made.timeZone).to.equal('Pacific/Kiritimati');
  });

  it('an element created after the script changed gets the new setting', async () => {
    setPageSettings('{"theme": "dark"}');
    const [first] = (await mount('<endht-countdown></endht-countdown>')) as EndhtCountdown[];
    setPageSettings('{"theme": "light", "campaign": "later"}');
    const [second, donate] = (await mount('<endht-countdown></endht-countdown><endht-donate></endht-donate>')) as [
      EndhtCountdown,
      EndhtDonate,
    ];
    expect(first.theme).to.equal('dark');
    expect(second.theme).to.equal('light');
    expect(donate.campaign).to.equal('later');
  });

  for (const [what, text] of [
    ['text that is not JSON', '{ theme: dark }'],
    ['an array', '["dark"]'],
    ['a number', '42'],
    ['an unknown key', '{"theme": "dark", "timezone": "UTC"}'],
    ['a value that is not text', '{"theme": "dark", "campaign": 2027}'],
  ] as const) {
    it(`${what}: one warning for the whole page, naming the script, and no effect`, async () => {
      setPageSettings(text);
      const w = captureWarnings();
      let elements: HTMLElement[];
      try {
        elements = await mount(
          '<endht-countdown></endht-countdown><endht-donate></endht-donate><endht-stats></endht-stats>',
        );
        elements.push(...(await mount('<endht-countdown></endht-countdown>')));
      } finally {
        w.restore();
      }
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.contain('<script id="endht-campaign">').and.contain('it is ignored');
      for (const el of elements) expect((el as EndhtCountdown).theme).to.equal('light');
    });
  }
});
