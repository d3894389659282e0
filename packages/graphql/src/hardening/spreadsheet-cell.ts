// CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV file runs a cell that begins with
// `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, `=cmd|…`), and Excel also after a leading tab or
// carriage return. Names, organization names and an imported file's own headers reach our CSV files
// (the member export, an import's problem report) as text anyone with a registration or an upload chose,
// so every text cell of those files goes through `literalCell`. XLSX files need nothing: exceljs writes a
// string as a text cell, never a formula.

/** What a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV text cell a spreadsheet shows as it is: one that would start a formula gets a leading `'`. */
export function literalCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** csv-stringify's `cast` option that passes every string cell through `literalCell`. */
export const LITERAL_CELLS = { string: literalCell } as const;
