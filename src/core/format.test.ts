import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatUnit, formatterCacheSize, listFormat, numberFormat, unitLabel } from './format.js';

describe('core/format', () => {
  it('caches one formatter per locale and options', () => {
    const a = numberFormat('fr', { style: 'unit', unit: 'day' });
    const b = numberFormat('fr', { style: 'unit', unit: 'day' });
    const c = numberFormat('fr', { style: 'unit', unit: 'hour' });
    expect(a).to.equal(b);
    expect(a).to.not.equal(c);
    const size = formatterCacheSize();
    listFormat('ru', { type: 'conjunction' });
    listFormat('ru', { type: 'conjunction' });
    expect(formatterCacheSize()).to.equal(size + 1);
  });

  const plurals: Array<[string, number, string]> = [
    ['en', 1, '1 day'],
    ['en', 2, '2 days'],
    ['ru', 1, '1 день'],
    ['ru', 2, '2 дня'],
    ['ru', 5, '5 дней'],
    ['ru', 21, '21 день'],
    ['ru', 22, '22 дня'],
    ['ru', 111, '111 дней'],
    ['fr', 0, '0 jour'],
    ['fr', 2, '2 jours'],
  ];
  for (const [locale, n, expected] of plurals) {
    it(`formatUnit(${locale}, ${n}, day) = ${expected}`, () => {
      expect(formatUnit(locale, n, 'day').replace(/[\u00a0\u202f]/g, ' ')).to.equal(expected);
    });
  }

  it('unitLabel() keeps only the unit word', () => {
    expect(unitLabel('ru', 5, 'day')).to.equal('дней');
    expect(unitLabel('en', 1, 'hour')).to.equal('hour');
    expect(unitLabel('es', 3, 'minute')).to.equal('minutos');
  });

  it('formatCalendarDate() does not shift the date with the time zone', () => {
    expect(formatCalendarDate('en-GB', 2027, 7, 30)).to.equal('30 July 2027');
    expect(formatCalendarDate('fr', 2028, 2, 29)).to.equal('29 février 2028');
    expect(formatCalendarDate('zh-Hans', 2027, 7, 30)).to.equal('2027年7月30日');
  });
});
