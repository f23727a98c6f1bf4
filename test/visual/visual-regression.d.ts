// The package's index.d.ts re-exports './browser/commands.mjs', for which it ships no .d.mts:
// TypeScript finds no types. Its own declaration (browser/commands.d.ts), restated.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
