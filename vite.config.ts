import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer bundle. It is served two ways: from disk by Electron and over
 * http://127.0.0.1:PORT by the harness, hence relative asset URLs (base './').
 * The page's CSP (src-main/app/csp.ts, a response header) allows scripts from 'self'
 * only, so the build must not emit any inline script or data: script.
 */
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Electron 38 ships Chromium 140; the harness uses the system Chromium, which is newer.
    target: 'es2022',
    // The polyfill is only for browsers without <link rel=modulepreload>; Chromium has it.
    modulePreload: { polyfill: false },
    // Never turn assets into data: URLs: the CSP allows data: for images only, and
    // keeping every asset a file makes the policy easy to reason about.
    assetsInlineLimit: 0,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships /* @__PURE__ */ comments Rollup cannot place; harmless, and it buries real warnings.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
});
