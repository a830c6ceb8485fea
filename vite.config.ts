import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  // Static files (the generated map) are served from assets/ and copied to dist as they
  // are, so the map is fetched at run time instead of being bundled into the JS.
  publicDir: 'assets',
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser (about 1.4 MB, not tree-shakeable) gets its own long-lived chunk.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // fast-check's properties from a fixed seed (FC_SEED to explore others).
    setupFiles: ['tests/fast-check-seed.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
