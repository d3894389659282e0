// Rules of member search and coverage statistics that do not depend on storage: how a name is cut
// into pieces for substring search, how a pinyin query is normalised, and what an age band is.

import { err, ok, type Result } from '../kernel/result.js';

/** Error codes of a member search filter. */
export type MemberSearchError = 'MEMBER_SEARCH_INVALID';

/**
 * The pieces of a name a substring search looks up: every character and every pair of adjacent
 * characters (code points) of the trimmed, lower-cased name, without repeats. 胡红军 → 胡, 红, 军,
 * 胡红, 红军. A name contains a query exactly when it holds every piece of the query (see
 * `queryGrams`) and the query as a whole (a check on the few rows the pieces leave).
 */
export function nameGrams(name: string): string[] {
  const chars = [...name.trim().toLowerCase()];
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

/** The pieces a name must hold to contain `query`: its only character, or its adjacent pairs. */
export function queryGrams(query: string): string[] {
  const chars = [...query.trim().toLowerCase()];
  if (chars.length <= 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

/**
 * A pinyin query as the stored pinyin columns are written: lower case, spaces and apostrophes
 * removed, `ü` as `v`; 1–60 letters a–z. `Hu Hong'jun` → `huhongjun`.
 */
export function normalizePinyin(query: string): Result<string, MemberSearchError> {
  const value = query
    .toLowerCase()
    .replace(/[\s'’]+/g, '')
    .replaceAll('ü', 'v');
  if (!/^[a-z]{1,60}$/.test(value)) {
    return err('MEMBER_SEARCH_INVALID', 'pinyin: 1 to 60 letters a–z (spaces and apostrophes are ignored)', {
      path: ['filter', 'pinyin'],
    });
  }
  return ok(value);
}

/**
 * The smallest string after every string starting with `prefix` (of letters a–z): the end of the
 * range `prefix ≤ value < end` a bytewise index answers a prefix search with. `hhj` → `hhk`,
 * `hz` → `i`; `null` when there is no end (`zz…`).
 */
export function prefixEnd(prefix: string): string | null {
  let end = prefix;
  while (end.endsWith('z')) end = end.slice(0, -1);
  if (end === '') return null;
  return end.slice(0, -1) + String.fromCharCode(end.charCodeAt(end.length - 1) + 1);
}

/**
 * Age bands of the coverage statistics, by the age a member reaches in the current year (the year
 * less the birth year), which the stored birth year answers without opening the birth date:
 * `to: null` is open-ended.
 */
export const AGE_BANDS: readonly { readonly from: number; readonly to: number | null }[] = [
  { from: 0, to: 25 },
  { from: 26, to: 35 },
  { from: 36, to: 45 },
  { from: 46, to: 55 },
  { from: 56, to: null },
];

/**
 * The birth years of the ages `ageFrom`–`ageTo` (either may be null: open) reached in `year`:
 * `{ from, to }` inclusive, each null when open. Refuses negative or crossed bounds.
 */
export function birthYearRange(
  ageFrom: number | null,
  ageTo: number | null,
  year: number,
): Result<{ from: number | null; to: number | null }, MemberSearchError> {
  const bad = [ageFrom, ageTo].some((a) => a !== null && (!Number.isInteger(a) || a < 0 || a > 150));
  if (bad || (ageFrom !== null && ageTo !== null && ageFrom > ageTo)) {
    return err('MEMBER_SEARCH_INVALID', 'age: whole years 0–150, ageFrom not above ageTo', {
      path: ['filter', 'ageFrom'],
    });
  }
  return ok({ from: ageTo === null ? null : year - ageTo, to: ageFrom === null ? null : year - ageFrom });
}
