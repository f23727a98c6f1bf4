import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { VERSION } from './version.js';

/**
 * The base class of every element: its package version, which define() reads to tell a second
 * copy of another version apart, and a re-render whenever the locale changes (what the
 * `localized` class decorator does, written as a call once here: the decorator would be larger
 * in the bundle, and would make the bundler turn every #private member into a WeakMap lookup).
 */
export class EndhtElement extends LitElement {
  static readonly version = VERSION;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
}
