import { VERSION } from './version.js';

/*
 * Idempotent registration. A page may load our bundle twice (a CMS plugin and a pasted tag),
 * or two versions of it. The first definition of a tag wins; a later copy never throws, and a
 * copy of another version says so once per page (the flag lives on globalThis, shared by all
 * copies).
 */
const SHARED = Symbol.for('endht-widgets.define');

interface Shared {
  warned: boolean;
}

export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

export function define(tag: string, ctor: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  const shared = (g[SHARED] ??= { warned: false });
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== VERSION && !shared.warned) {
      shared.warned = true;
      const definedBy = existing.version ? `version ${existing.version}` : 'another script';
      console.warn(
        `endht-widgets ${VERSION}: <${tag}> is already defined by ${definedBy}; that definition is kept. ` +
          'Load one copy of endht-widgets per page.',
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (e) {
    if (!shared.warned) {
      shared.warned = true;
      console.warn(`endht-widgets ${VERSION}: could not define <${tag}>: ${(e as Error).message}`);
    }
  }
}
