import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Native and data-reading packages stay outside the bundles: better-sqlite3 loads a .node file and
// pdfkit reads its font metrics from disk at run time (docs/ARCHITECTURE.md, "Machine-specific traps").
const external = ['better-sqlite3', 'exceljs', 'pdfkit', 'electron'];

export default defineConfig(({ mode }) => ({
  main: {
    // The build names its mode in the code: dispatch checks answers against the contract outside
    // production builds only (it doubles the time of a 20,000-student list).
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    build: {
      // zod and kysely are bundled (tree-shaken) rather than required from node_modules: each job
      // runs in a fresh worker thread that loads the main chunk, and requiring them whole (zod's
      // every locale, kysely's ~400 files) was half of a worker's start, ~0.4 s of a roster import
      // on a busy machine (bench/roster-import.ts).
      externalizeDeps: { exclude: ['zod', 'kysely'] },
      outDir: 'out/main',
      rollupOptions: {
        external,
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          'job-worker': resolve(__dirname, 'src/main/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron`: bundle zod and the contract into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // Unminified only to read a profile's function names (bench/keystroke-profile.ts).
      minify: !process.env.COUNSELOR_PROFILE_BUILD,
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
}));
