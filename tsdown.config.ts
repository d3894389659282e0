import { defineConfig } from 'tsdown';

/**
 * How `@gonghui/core` and `@gonghui/client` are built (`pnpm build` runs `tsdown -c
 * ../../tsdown.config.ts` in each): `src/index.ts` of the package being built, as ESM and CommonJS,
 * with declarations for each (`dist/index.{js,cjs,d.ts,d.cts}`).
 */
export default defineConfig({
  cwd: process.cwd(),
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.json',
  // The dts step is slow by nature; rolldown's note about it is noise.
  inputOptions: { checks: { pluginTimings: false } },
});
