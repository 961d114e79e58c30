import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and served by both hosts: Electron loads it from
// file:// (hence relative asset paths) and `qualia serve` over loopback HTTP.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Everything ships offline: no CDN, no external fonts.
    assetsInlineLimit: 0,
  },
});
