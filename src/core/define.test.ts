import { expect } from '@open-wc/testing';
import { define } from './define.js';
import { captureWarnings } from '../../test/helpers.js';

const SHARED = Symbol.for('endht-widgets.define');

describe('core/define', () => {
  afterEach(() => {
    (globalThis as unknown as Record<symbol, { warned: boolean }>)[SHARED]!.warned = false;
  });

  it('defines once; defining the same class again is silent and does not throw', () => {
    class A extends HTMLElement {
      static readonly version = '0.0.0-dev';
    }
    const w = captureWarnings();
    try {
      define('endht-define-test-a', A);
      define('endht-define-test-a', A);
    } finally {
      w.restore();
    }
    expect(customElements.get('endht-define-test-a')).to.equal(A);
    expect(w.messages).to.deep.equal([]);
  });

  it('a second copy of the same version is silent; another version warns once per page', () => {
    class First extends HTMLElement {
      static readonly version = '0.0.0-dev';
    }
    class SameVersion extends HTMLElement {
      static readonly version = '0.0.0-dev';
    }
    class Other extends HTMLElement {
      static readonly version = '9.9.9';
    }
    class Other2 extends HTMLElement {
      static readonly version = '9.9.9';
    }
    const w = captureWarnings();
    try {
      define('endht-define-test-b', First);
      define('endht-define-test-b', SameVersion);
      expect(w.messages).to.deep.equal([]);
      customElements.define('endht-define-test-c', Other);
      define('endht-define-test-c', First); // our version meets 9.9.9
      customElements.define('endht-define-test-d', Other2);
      define('endht-define-test-d', First);
    } finally {
      w.restore();
    }
    expect(customElements.get('endht-define-test-b')).to.equal(First);
    expect(customElements.get('endht-define-test-c')).to.equal(Other);
    expect(w.messages).to.have.length(1);
    expect(w.messages[0]).to.match(/<endht-define-test-c> is already defined by version 9\.9\.9/);
  });

  it('an invalid tag or a class registered under another name warns instead of throwing', () => {
    class Twice extends HTMLElement {}
    customElements.define('endht-define-test-e', Twice);
    const w = captureWarnings();
    try {
      expect(() => define('endht-define-test-f', Twice)).not.to.throw();
      expect(() => define('NotAValidName', class extends HTMLElement {})).not.to.throw();
    } finally {
      w.restore();
    }
    expect(w.messages).to.have.length(1);
    expect(w.messages[0]).to.match(/could not define/);
  });
});
