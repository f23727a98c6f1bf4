/* Helpers shared by the suites that load the built drop-in file (test/bundle*.test.ts). */

/** Resolves once the bundle's active locale is `locale` (after a change of <html lang>). */
export function whenLocale(bundle: { getLocale: () => string }, locale: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (bundle.getLocale() === locale ? resolve() : setTimeout(check, 5));
    check();
  });
}
