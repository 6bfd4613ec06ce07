import { defineConfig } from 'vite';
import { templateLibrary } from './build/template-library.js';

export default defineConfig({
  // Relative addresses: dist/ works from any folder of any static host (GitHub Pages' /repo/).
  base: './',
  // The linter's worker loads remark-parse only for Markdown, as a chunk of its own: ES module
  // workers allow that split (classic ones do not).
  // The worker is a bundle of its own, with its own plugins: it renders the templates.
  worker: { format: 'es', plugins: () => [templateLibrary()] },
  plugins: [templateLibrary()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1' },
});
