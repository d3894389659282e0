/**
 * Province-level address codes (first two digits): the 34 of GB/T 2260 (71 Taiwan, 81 Hong Kong,
 * 82 Macao included) plus 83, the address code `830000` of residence permits for Taiwan residents
 * (港澳台居民居住证申领发放办法, 2018: 810000 Hong Kong, 820000 Macao, 830000 Taiwan).
 */
export const PROVINCE_CODES: readonly string[] = [
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82', '83'],
];

/** True when `code` is 6 digits whose first two are a province-level code (GB/T 2260). */
export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && PROVINCE_CODES.includes(code.slice(0, 2));
}
