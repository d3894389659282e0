import { defineConfig } from 'tsdown';

/** @gonghui/client as ESM and CommonJS, with declarations for each (dist/index.{mjs,cjs,d.mts,d.cts}). */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.json',
  // The dts step is slow by nature; rolldown's note about it is noise.
  inputOptions: { checks: { pluginTimings: false } },
});
