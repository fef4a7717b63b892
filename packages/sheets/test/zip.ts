import { constants, deflateRawSync } from 'node:zlib';

// Zip packages built by hand, for the files no spreadsheet program writes: parts far larger than their file, names
// that differ between the directory and the local header, directories that hide entries, sizes that lie.

/** A part of a hand-built package. */
export interface ZipPart {
  /** The name in the local header (the one JSZip, and so exceljs, uses). */
  name: string;
  /** The name in the central directory, when it differs. */
  centralName?: string;
  /** Deflated data (raw DEFLATE) and the size it inflates to, or the bytes to store. */
  deflated?: { data: Buffer; size: number };
  stored?: Buffer;
  /** A declared size other than the true one. */
  declare?: number;
}

/** Raw DEFLATE data for `repeat` copies of `piece`, built without compressing all of it: each copy is a flushed block. */
export function deflateRepeated(piece: Buffer, repeat: number): { data: Buffer; size: number } {
  const block = deflateRawSync(piece, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return {
    data: Buffer.concat([...Array.from({ length: repeat }, () => block), end]),
    size: piece.length * repeat,
  };
}

/** Raw DEFLATE data for a sequence of pieces produced one at a time, so a large part never sits in memory whole. */
function deflatePieces(pieces: Iterable<string>): { data: Buffer; size: number } {
  const blocks: Buffer[] = [];
  let size = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece);
    size += bytes.length;
    blocks.push(deflateRawSync(bytes, { level: 6, finishFlush: constants.Z_FULL_FLUSH }));
  }
  blocks.push(deflateRawSync(Buffer.alloc(0)));
  return { data: Buffer.concat(blocks), size };
}

/** A zip package of the parts, with an end record that may claim fewer entries than the directory holds. */
export function zipPackage(parts: ZipPart[], options: { claimedEntries?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const body = part.deflated?.data ?? part.stored ?? Buffer.alloc(0);
    const size = part.declare ?? part.deflated?.size ?? body.length;
    const method = part.deflated ? 8 : 0;
    const name = Buffer.from(part.name);
    const central = Buffer.from(part.centralName ?? part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(central.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(header, central);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const claimed = options.claimedEntries ?? parts.length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(claimed, 8);
  end.writeUInt16LE(claimed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string) => ({
  stored: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`),
});
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a small, valid workbook with one sheet 台账 holding a ledger header and one row. */
export function workbookParts(
  options: { definedNames?: string; beforeData?: string; afterData?: string } = {},
): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      ...xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      ...xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      ...xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets>${options.definedNames ?? ''}</workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      ...xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      ...xml(
        `<worksheet xmlns="${MAIN}">${options.beforeData ?? ''}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>问题描述</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>占道经营</t></is></c></row></sheetData>${options.afterData ?? ''}</worksheet>`,
      ),
    },
  ];
}

/** A worksheet part of `rows` rows, deflated piece by piece. */
export function manyRows(rows: number): { data: Buffer; size: number } {
  function* pieces() {
    yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
    for (let start = 1; start <= rows; start += 100_000) {
      let text = '';
      for (let r = start; r < Math.min(start + 100_000, rows + 1); r++)
        text += `<row r="${r}"><c r="A${r}"><v>${r % 10}</v></c></row>`;
      yield text;
    }
    yield '</sheetData></worksheet>';
  }
  return deflatePieces(pieces());
}

/** A part of `head`, then `piece` written `times` times, then `tail`, deflated piece by piece. */
export function repeatedPart(head: string, piece: string, times: number, tail: string) {
  function* pieces() {
    yield head;
    const batch = piece.repeat(Math.max(1, Math.floor((1024 * 1024) / piece.length)));
    const per = batch.length / piece.length;
    let left = times;
    for (; left >= per; left -= per) yield batch;
    if (left > 0) yield piece.repeat(left);
    yield tail;
  }
  return deflatePieces(pieces());
}
