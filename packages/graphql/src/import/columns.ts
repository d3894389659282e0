// The header row of a roster mapped to registerMember's input: the usual Chinese headers (姓名,
// 身份证号, 手机号, 入会日期, 工作单位…) and their English names, whatever the spacing, full-width
// brackets or required-field stars. A row then becomes the command's input, or the problems of its
// cells (a formula, an empty required cell — as a merged cell leaves every row but its first).

import type { RegisterMemberInput } from '@gonghui/core';
import { type Cell, type CellProblem, ImportFileError } from './source.js';

/** A field of a roster row that the import reads. */
export type RosterField = 'name' | 'idNumber' | 'phone' | 'joinedOn' | 'employer';

/** Header texts of each field, normalised (see `normaliseHeader`). */
export const HEADERS: Readonly<Record<RosterField, readonly string[]>> = {
  name: ['姓名', '会员姓名', '职工姓名', '名字', 'name'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '身份证',
    '证件号码',
    '身份证件号码',
    'idnumber',
    'id_number',
  ],
  phone: ['手机号', '手机号码', '手机', '联系电话', '电话', '电话号码', '联系方式', 'phone', 'mobile'],
  joinedOn: ['入会日期', '入会时间', '入会年月', 'joinedon', 'joined_on', 'joindate'],
  // Read so that the column is recognised; the member's union is the organization imported into.
  employer: ['工作单位', '单位', '单位名称', '所在单位', 'employer'],
};

/** Fields a file must have a column for. */
const REQUIRED: readonly RosterField[] = ['name', 'idNumber'];

/** The field names people read in a message. */
const LABEL: Readonly<Record<RosterField, string>> = {
  name: '姓名 (name)',
  idNumber: '身份证号 (ID number)',
  phone: '手机号 (phone)',
  joinedOn: '入会日期 (joining date)',
  employer: '工作单位 (employer)',
};

/** A header cell without spaces, stars marking required fields, brackets' contents or case. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC') // full-width letters and brackets to their plain forms
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

const FIELD_OF = new Map<string, RosterField>(
  (Object.entries(HEADERS) as [RosterField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

/** Where each field is in the file's rows, and the header text each column had. */
export interface ColumnMap {
  /** Column index (0-based) of each field the file has. */
  readonly index: Partial<Record<RosterField, number>>;
  /** The header of each field's column, as written in the file (problems name it). */
  readonly header: Partial<Record<RosterField, string>>;
  /** Headers that map to no field (ignored). */
  readonly ignored: readonly string[];
}

/** The text of a header cell (a problem cell reads as empty). */
function text(cell: Cell | undefined): string {
  return typeof cell === 'string' ? cell.trim() : '';
}

/** Maps a header row; a file without a name or ID-number column, or with one field twice, is an ImportFileError. */
export function mapColumns(cells: readonly Cell[]): ColumnMap {
  const index: Partial<Record<RosterField, number>> = {};
  const header: Partial<Record<RosterField, string>> = {};
  const ignored: string[] = [];
  cells.forEach((cell, column) => {
    const written = text(cell);
    if (written === '') return;
    const field = FIELD_OF.get(normaliseHeader(written));
    if (field === undefined) {
      ignored.push(written);
      return;
    }
    if (index[field] !== undefined) {
      throw new ImportFileError(
        'IMPORT_DUPLICATE_COLUMNS',
        `the header row has two columns for ${LABEL[field]}: '${header[field]}' and '${written}'; keep one`,
      );
    }
    index[field] = column;
    header[field] = written;
  });
  const missing = REQUIRED.filter((field) => index[field] === undefined);
  if (missing.length > 0) {
    const seen = cells.map(text).filter((t) => t !== '');
    throw new ImportFileError(
      'IMPORT_MISSING_COLUMNS',
      `the file has no column for ${missing.map((f) => LABEL[f]).join(' or ')}; the first row must be the header ` +
        `(e.g. 姓名, 身份证号, 手机号, 入会日期); it reads: ${seen.length > 0 ? seen.join(', ') : '(empty)'}`,
    );
  }
  return { index, header, ignored };
}

/** A problem of one cell (or of the whole row, column ''). */
export interface RowProblem {
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

/** A joining date as `YYYY-MM-DD` from the usual ways of writing one (2020-1-5, 2020/01/05, 2020.1.5, 2020年1月5日, 20200105); anything else unchanged (the command says what is wrong). */
export function normaliseDate(value: string): string {
  const match =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Input for registerMember from one row, or the problems of its cells. */
export function rowInput(
  columns: ColumnMap,
  cells: readonly Cell[],
  organizationId: string,
): { ok: true; input: RegisterMemberInput } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const read = (field: RosterField): string => {
    const at = columns.index[field];
    const cell = at === undefined ? '' : cells[at];
    if (cell === undefined || typeof cell === 'string') return cell?.trim() ?? '';
    problems.push({ column: columns.header[field] ?? '', ...(cell as CellProblem) });
    return '';
  };
  const name = read('name');
  const idNumber = read('idNumber');
  const phone = read('phone');
  const joinedOn = read('joinedOn');
  read('employer');
  for (const field of REQUIRED) {
    const value = field === 'name' ? name : idNumber;
    const header = columns.header[field] ?? '';
    if (value === '' && !problems.some((p) => p.column === header)) {
      problems.push({
        column: header,
        code: 'IMPORT_MISSING_VALUE',
        message: `${header} is empty (a merged cell keeps its value in its first row only: unmerge and fill every row)`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      organizationId,
      name,
      idNumber,
      phone: phone === '' ? null : phone,
      joinedOn: joinedOn === '' ? null : normaliseDate(joinedOn),
    },
  };
}

/** The header of the column a command error's path names (`['idNumber']` → '身份证号'); '' for the whole row. */
export function columnOf(columns: ColumnMap, path: readonly (string | number)[] | undefined): string {
  const field = path?.[0];
  if (typeof field !== 'string' || !(field in HEADERS)) return '';
  return columns.header[field as RosterField] ?? '';
}
