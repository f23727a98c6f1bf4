import { expect } from '@open-wc/testing';
import '../index.js';
import {
  activeLocale,
  directionOf,
  intlLocale,
  matchLocale,
  pageLocale,
  resolveLocale,
  watchPageLocale,
} from './locale.js';
import { switchLang } from '../../test/helpers.js';

describe('core/locale', () => {
  afterEach(async () => {
    await switchLang('en');
  });

  const matches: Array<[unknown, string | undefined]> = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr_BE', 'fr'],
    ['es-419', 'es'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ru-RU', 'ru'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['pt', undefined],
    ['de-DE', undefined],
    ['', undefined],
    ['  ', undefined],
    ['x', undefined],
    [null, undefined],
    [42, undefined],
  ];
  for (const [tag, expected] of matches) {
    it(`matchLocale(${JSON.stringify(tag)}) → ${expected}`, () => {
      expect(matchLocale(tag)).to.equal(expected);
    });
  }

  it('<html lang> decides; an unsupported page language gives English, not the browser language', () => {
    expect(resolveLocale('fr-CA', ['ru'])).to.equal('fr');
    expect(resolveLocale('pt-BR', ['fr', 'es'])).to.equal('en');
  });

  it('without <html lang>, the first supported navigator language, else English', () => {
    expect(resolveLocale(null, ['de', 'zh-TW', 'fr'])).to.equal('zh-Hans');
    expect(resolveLocale('', ['es-MX'])).to.equal('es');
    expect(resolveLocale(undefined, ['de', 'it'])).to.equal('en');
    expect(resolveLocale(undefined, [])).to.equal('en');
  });

  it('pageLocale() reads the live <html lang>', () => {
    document.documentElement.lang = 'ar-SA';
    expect(pageLocale()).to.equal('ar');
    document.documentElement.lang = 'zh-CN';
    expect(pageLocale()).to.equal('zh-Hans');
  });

  it('watchPageLocale() reports each change of <html lang> once, and stops when asked', async () => {
    const seen: string[] = [];
    const stop = watchPageLocale((l) => seen.push(l));
    document.documentElement.lang = 'fr';
    await Promise.resolve();
    document.documentElement.lang = 'fr-FR'; // same locale: no report
    await Promise.resolve();
    document.documentElement.lang = 'ru';
    await Promise.resolve();
    stop();
    document.documentElement.lang = 'es';
    await Promise.resolve();
    expect(seen).to.deep.equal(['fr', 'ru']);
  });

  it('the drop-in entry follows <html lang>: activeLocale() becomes the loaded locale', async () => {
    await switchLang('es');
    expect(activeLocale()).to.equal('es');
    await switchLang('zh-CN', 'zh-Hans');
    expect(activeLocale()).to.equal('zh-Hans');
  });

  it('intlLocale() formats English as en-GB (30 July 2027); directionOf() knows Arabic is RTL', () => {
    expect(intlLocale('en')).to.equal('en-GB');
    expect(intlLocale('fr')).to.equal('fr');
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('zh-Hans')).to.equal('ltr');
  });
});
