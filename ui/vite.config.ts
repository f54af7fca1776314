import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
// `npm run dev:ui`: the real engine behind the page (a no-op for builds and Vitest).
import { devEngine } from '../tests/ui/engine.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Tauri loads the bundle from its own protocol; relative URLs keep it location-independent.
  base: './',
  plugins: [svelte(), devEngine()],
  clearScreen: false,
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    // Keep every asset a file: a data: URL script or an inlined module would fight the CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    root,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
