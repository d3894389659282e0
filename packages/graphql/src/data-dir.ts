// Where the embedded database and the development secrets live by default: found from this
// package's location, never from the working directory, so that `pnpm start`, `pnpm gonghui …`
// from the workspace root and `npx gonghui …` after an install all use the same directory.

import { isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's root directory (`src/` and `dist/` both sit one level below it). */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The default data directory of a package installed at `packageRoot`: `<package>/.gonghui/data`
 * in a checkout (`packages/graphql/.gonghui/data` here); inside `node_modules` (an installed
 * package), `.gonghui/data` in the project that installed it, so that reinstalling keeps the data.
 */
export function defaultDataDir(packageRoot: string = PACKAGE_ROOT): string {
  const parts = resolve(packageRoot).split(sep);
  const nodeModules = parts.indexOf('node_modules');
  const base = nodeModules === -1 ? parts.join(sep) : parts.slice(0, nodeModules).join(sep) || sep;
  return join(base, '.gonghui', 'data');
}

/** The default data directory of this package, an absolute path (see `defaultDataDir`). */
export const DEFAULT_DATA_DIR = defaultDataDir();

/**
 * The data directory to use: `given` (`--data`), else `GONGHUI_DATA_DIR`, else `DEFAULT_DATA_DIR`.
 * A relative `given` or variable is taken from the working directory, as a shell user expects;
 * `memory://…` is kept as it is.
 */
export function resolveDataDir(
  given: string | undefined,
  env: { readonly GONGHUI_DATA_DIR?: string | undefined } = process.env,
): string {
  const chosen = nonEmpty(given) ?? nonEmpty(env.GONGHUI_DATA_DIR);
  if (chosen === undefined) return DEFAULT_DATA_DIR;
  if (chosen.startsWith('memory://') || isAbsolute(chosen)) return chosen;
  return resolve(chosen);
}

/** The value, or undefined when it is unset or blank (an empty environment variable counts as unset). */
export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
