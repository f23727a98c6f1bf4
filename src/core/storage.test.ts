import { expect } from '@open-wc/testing';
import { storageGet, storageRemove, storageSet } from './storage.js';

describe('core/storage', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(window, 'localStorage', original);
    else delete (window as unknown as Record<string, unknown>).localStorage;
    localStorage.removeItem('endht-test');
  });

  it('stores, reads and removes', () => {
    expect(storageSet('endht-test', 'a')).to.equal(true);
    expect(storageGet('endht-test')).to.equal('a');
    storageRemove('endht-test');
    expect(storageGet('endht-test')).to.equal(undefined);
  });

  it('a localStorage getter that throws (sandboxed iframe, blocked cookies) changes nothing but memory', () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(storageSet('endht-test', 'a')).to.equal(false);
    expect(storageGet('endht-test')).to.equal(undefined);
    expect(() => storageRemove('endht-test')).not.to.throw();
  });

  it('methods that throw (quota full) are caught', () => {
    const broken = {
      getItem: () => {
        throw new Error('x');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('x');
      },
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => broken });
    expect(storageSet('endht-test', 'a')).to.equal(false);
    expect(storageGet('endht-test')).to.equal(undefined);
    expect(() => storageRemove('endht-test')).not.to.throw();
  });

  it('a missing localStorage is the same as an empty one', () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => null });
    expect(storageGet('endht-test')).to.equal(undefined);
    expect(storageSet('endht-test', 'a')).to.equal(false);
  });
});
