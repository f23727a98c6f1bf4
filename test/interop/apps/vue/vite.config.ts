import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Vue must leave <endht-*> tags to the browser's custom element registry.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('endht-') } } })],
  build: { target: 'es2022' },
});
