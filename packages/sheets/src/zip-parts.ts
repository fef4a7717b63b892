import { createInflateRaw } from 'node:zlib';
import JSZip from 'jszip';

// exceljs hands the file to JSZip and then inflates every entry JSZip lists, under the name JSZip gives it (the local
// header's name, decoded, with `.` and `..` resolved) less one leading `/`. The guard lists the entries with the same
// JSZip, so the names it bounds are the names the reader reads, whatever tricks the directory plays.

/** One part of the package as the reader sees it. */
export interface PackagePart {
  /** The name exceljs matches on: JSZip's name without a leading `/`. */
  name: string;
  /** The size the directory declares; JSZip refuses a part that inflates to any other size, but only at its end. */
  declared: number;
  method: 'store' | 'deflate';
  data: Uint8Array;
}

/** What JSZip keeps for a loaded entry; read here only, for the pinned version exceljs brings. */
interface LoadedEntry {
  name: string;
  dir: boolean;
  _data?: {
    uncompressedSize?: number;
    compression?: { magic?: string };
    compressedContent?: Uint8Array;
  };
}

const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** An upper bound on the entries JSZip would list: it reads central headers for as long as their signature follows. */
export function countCentralHeaders(buf: Buffer, stopAt: number): number {
  let n = 0;
  for (let i = buf.indexOf(CENTRAL_HEADER); i >= 0 && n <= stopAt; i = buf.indexOf(CENTRAL_HEADER, i + 4))
    n++;
  return n;
}

/** The parts exceljs would inflate, or why JSZip refuses the file. */
export async function listParts(buf: Buffer): Promise<PackagePart[] | 'encrypted' | 'corrupt' | 'notZip'> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch (error) {
    const message = String((error as Error)?.message);
    if (/encrypted/i.test(message)) return 'encrypted';
    return /compression|corrupted zip :/i.test(message) ? 'corrupt' : 'notZip';
  }
  const parts: PackagePart[] = [];
  for (const entry of Object.values(zip.files) as unknown as LoadedEntry[]) {
    if (entry.dir) continue;
    const data = entry._data;
    const name = entry.name.startsWith('/') ? entry.name.slice(1) : entry.name;
    if (!data?.compressedContent) {
      parts.push({ name, declared: 0, method: 'store', data: new Uint8Array(0) });
      continue;
    }
    parts.push({
      name,
      declared: data.uncompressedSize ?? 0,
      method: data.compression?.magic === '\x08\x00' ? 'deflate' : 'store',
      data: data.compressedContent,
    });
  }
  return parts;
}

/** What inflating a part came to: its size, or that it passed its cap, or that its data is broken. */
export type Inflated = { size: number } | 'tooLarge' | 'broken';

const SLICE = 1024 * 1024;

/**
 * Inflates a part as a stream, handing each piece to `onChunk` and keeping none: memory stays at one piece whatever
 * the part's size, and the work stops as soon as the part passes `cap` bytes.
 */
export function inflatePart(
  part: PackagePart,
  cap: number,
  onChunk: (chunk: Buffer) => void,
): Promise<Inflated> {
  if (part.method === 'store') {
    if (part.data.length > cap) return Promise.resolve('tooLarge');
    const buf = Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
    for (let at = 0; at < buf.length; at += SLICE) onChunk(buf.subarray(at, at + SLICE));
    return Promise.resolve({ size: buf.length });
  }
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    let size = 0;
    let settled = false;
    const settle = (outcome: Inflated) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(outcome);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > cap) settle('tooLarge');
      else onChunk(chunk);
    });
    inflater.on('error', () => settle('broken'));
    inflater.on('end', () => settle({ size }));
    inflater.end(part.data);
  });
}
