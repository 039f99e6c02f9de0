// The web client's build: web/src → web/dist (served by the server at /). Preact through esbuild's
// automatic JSX runtime, so no framework plugin is needed. Hashed file names under /assets let the
// server cache them for a year; index.html is revalidated on every load.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline <script> or data: URLs in the output: the server's Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  // `npm run web:dev`: Vite's dev server on :5173 with the API of a server on :3000 behind it.
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', ws: true },
    },
  },
});
