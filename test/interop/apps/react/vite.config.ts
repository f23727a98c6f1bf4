import { defineConfig } from 'vite';

// No React plugin needed: Vite compiles TSX with React's automatic JSX runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { target: 'es2022' },
});
