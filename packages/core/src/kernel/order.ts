/**
 * Compares two strings by Unicode code point (not by UTF-16 code unit, which is what `<` and
 * `Array.prototype.sort` use): `-1`, `0` or `1`. Code-point order puts U+FF5A before U+1F600.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // At the first differing unit only surrogates (0xD800–0xDFFF, part of a code point
      // ≥ 0x10000) and units 0xE000–0xFFFF are out of code-point order: move surrogates last.
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
