// A zip file written by hand (stored names, deflated contents, a central directory): enough for an
// .xlsx that exceljs reads, including ones no spreadsheet program would write (zip bombs).

import { crc32, deflateRawSync } from 'node:zlib';

/** A zip file of `entries` (path → contents), each deflated. */
export function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, contents] of Object.entries(entries)) {
    const data = Buffer.isBuffer(contents) ? contents : Buffer.from(contents, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(path, 'utf8');
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0, at + 2); // flags
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(crc32(data), at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook: the sheet's rows of shared-string indexes, and the shared strings' XML items. */
export function workbook(rows: readonly (readonly number[])[], sharedStrings: string): Buffer {
  const cells = (row: readonly number[], r: number) =>
    row.map((s, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="s"><v>${s}</v></c>`).join('');
  return workbookOf(
    rows.map((row, i) => `<row r="${i + 1}">${cells(row, i + 1)}</row>`).join(''),
    sharedStrings,
  );
}

/** A one-sheet workbook with one cell (the shared string `x`) in row `r`. */
export function zipWithRow(r: number): Buffer {
  return workbookOf(`<row r="${r}"><c r="A${r}" t="s"><v>0</v></c></row>`, '<si><t>x</t></si>');
}

/**
 * A one-sheet workbook as Excel often orders its parts: the worksheet before the shared strings. Its
 * one row holds the shared string `x`, followed by `padding` bytes of whitespace inside the sheet's XML.
 */
export function workbookSheetFirst(padding: number): Buffer {
  const parts = workbookParts(
    `<row r="1"><c r="A1" t="s"><v>0</v></c></row>${' '.repeat(padding)}`,
    '<si><t>x</t></si>',
  );
  const { 'xl/sharedStrings.xml': sharedStrings, ...others } = parts;
  return zip({ ...others, 'xl/sharedStrings.xml': sharedStrings as string });
}

/** A one-sheet workbook of the sheet's `<row>` elements and the shared strings' `<si>` items. */
function workbookOf(sheetRows: string, sharedStrings: string): Buffer {
  return zip(workbookParts(sheetRows, sharedStrings));
}

/** The parts of a one-sheet workbook, the shared strings before the worksheet. */
function workbookParts(sheetRows: string, sharedStrings: string): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${sharedStrings}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
}
