import { expect, fixture, html } from '@open-wc/testing';
import { isPreview, now, onPreviewChange, parsePreviewDate, readPreview } from './now.js';
import { clockState, subscribe } from './clock.js';
import { storageGet, storageRemove, storageSet } from './storage.js';
import '../index.js';
import '../elements/help/define.js';
import type { EndhtCountdown } from '../elements/countdown/countdown.js';
import type { EndhtElement } from './element.js';
import {
  captureWarnings,
  fakeClock,
  setPreviewHash,
  shadowText,
  switchLang,
  type FakeClock,
} from '../../test/helpers.js';

/** An instant in the browser's own zone (the visitor's). */
const local = (year: number, month: number, day: number, hour = 0, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();

describe('core/now (the previewed date)', () => {
  let clock: FakeClock | undefined;
  afterEach(async () => {
    setPreviewHash();
    clock?.restore();
    clock = undefined;
    localStorage.removeItem('endht-test');
    await switchLang('en');
  });

  it('parses YYYY-MM-DD (12:00 in the visitor zone) and YYYY-MM-DDTHH:MM, strictly', () => {
    expect(parsePreviewDate('2027-07-30')).to.equal(local(2027, 7, 30, 12));
    expect(parsePreviewDate('2027-07-29T23:59')).to.equal(local(2027, 7, 29, 23, 59));
    expect(parsePreviewDate('2028-02-29')).to.equal(local(2028, 2, 29, 12));
    for (const bad of [
      '',
      '2027-7-30',
      '2027-07-30 ',
      ' 2027-07-30',
      '07-30',
      '2027-02-29',
      '2027-13-01',
      '2027-07-30T24:00',
      '2027-07-30T12:60',
      '2027-07-30T12:00:00',
      '2027-07-30T1200',
      '0999-07-30',
      'tomorrow',
    ]) {
      expect(parsePreviewDate(bad), bad).to.equal(undefined);
    }
  });

  it('without a preview, now() is the real time', () => {
    clock = fakeClock('2027-01-15T08:30:00Z');
    expect(isPreview()).to.equal(false);
    expect(now()).to.equal(Date.now());
  });

  it('#endht-date= moves now() to that date, which then runs on in real time', () => {
    clock = fakeClock('2027-01-15T08:30:00Z');
    setPreviewHash('2027-07-29T23:59');
    expect(isPreview()).to.equal(true);
    expect(now()).to.equal(local(2027, 7, 29, 23, 59));
    clock.tick(61_000);
    expect(now()).to.equal(local(2027, 7, 30, 0, 0) + 1000);
  });

  it('?endht-date= works too, and the fragment wins over the query', () => {
    const address = location.pathname + location.search;
    try {
      history.replaceState(null, '', `${address}${location.search ? '&' : '?'}endht-date=2027-07-30`);
      readPreview();
      expect(now() - Date.now()).to.be.closeTo(local(2027, 7, 30, 12) - Date.now(), 50);
      setPreviewHash('2026-07-30');
      expect(now() - Date.now()).to.be.closeTo(local(2026, 7, 30, 12) - Date.now(), 50);
    } finally {
      history.replaceState(null, '', address);
      readPreview();
    }
    expect(isPreview()).to.equal(false);
  });

  it('anything else is ignored, with one warning that names the parameter and the value', () => {
    const w = captureWarnings();
    try {
      setPreviewHash('30-07-2027');
    } finally {
      w.restore();
    }
    expect(isPreview()).to.equal(false);
    expect(w.messages).to.have.length(1);
    expect(w.messages[0]).to.contain('endht-date="30-07-2027"').and.contain('YYYY-MM-DD');
  });

  it('tells its listeners when a preview starts, changes and ends, and nothing otherwise', () => {
    let calls = 0;
    const stop = onPreviewChange(() => calls++);
    try {
      readPreview(); // no preview before, none after
      expect(calls).to.equal(0);
      setPreviewHash('2027-07-30');
      setPreviewHash('2027-07-31');
      setPreviewHash();
      expect(calls).to.equal(3);
    } finally {
      stop();
    }
  });

  it('storage is neither read nor written while previewing', () => {
    localStorage.setItem('endht-test', 'stored');
    setPreviewHash('2027-07-30');
    expect(storageGet('endht-test')).to.equal(undefined);
    expect(storageSet('endht-test', 'new')).to.equal(false);
    storageRemove('endht-test');
    expect(localStorage.getItem('endht-test')).to.equal('stored');
    setPreviewHash();
    expect(storageGet('endht-test')).to.equal('stored');
  });

  it('the shared clock tells every subscriber the previewed time at once, and ticks on from there', () => {
    clock = fakeClock('2027-01-15T08:30:15.250Z');
    const seen: number[] = [];
    const stop = subscribe((time) => seen.push(time), 'minute');
    try {
      setPreviewHash('2027-07-29T23:59');
      expect(seen).to.deep.equal([local(2027, 7, 29, 23, 59)]);
      clock.tick(60_000);
      expect(seen[1]).to.equal(local(2027, 7, 30));
    } finally {
      stop();
    }
    expect(clockState().subscribers).to.equal(0);
  });

  it('every element shows "Preview: <date>" while previewing, in the page language, and not after', async () => {
    const el = await fixture<EndhtCountdown>(html`<endht-countdown precision="day"></endht-countdown>`);
    expect(el.shadowRoot!.querySelector('[part="preview"]')).to.equal(null);
    setPreviewHash('2027-07-30');
    await el.updateComplete;
    expect(shadowText(el, '[part="preview"]')).to.equal('Preview: 30 July 2027');
    expect(el.phase).to.equal('day');
    await switchLang('fr');
    await el.updateComplete;
    // (shadowText() writes the French no-break space before the colon as a space.)
    expect(shadowText(el, '[part="preview"]')).to.equal('Aperçu : 30 juillet 2027');
    setPreviewHash();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="preview"]')).to.equal(null);
    expect(el.phase).to.not.equal('day');
  });

  it('<endht-help>, shipped in its own file, shows the label too (the base class draws it)', async () => {
    setPreviewHash('2027-07-30');
    const el = await fixture<EndhtElement>(html`<endht-help country="GB"></endht-help>`);
    expect(shadowText(el, '[part="preview"]')).to.equal('Preview: 30 July 2027');
  });
});
