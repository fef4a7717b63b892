import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type BilingualText, type Locale, parseJsonText } from '@chuangwen/model';
import { formatSheetIssue, type SheetIssue } from '@chuangwen/sheets';
import { say } from './messages.js';

/** Exit codes a script can rely on. */
export const EXIT_CODES = {
  /** Done; the data is valid. */
  ok: 0,
  /** The data was read but has problems (every one is reported). */
  invalid: 1,
  /** The command line is wrong: an unknown command, kind or option, or a missing argument. */
  usage: 2,
  /** A file could not be read or written, or is not a workbook or JSON at all. */
  unreadable: 3,
  /** A bug in the command itself. */
  internal: 70,
} as const;

/** Where the command writes: standard output and error, and whether standard error is a terminal. */
export interface Io {
  /** Writes to standard output (results, `--json`). */
  stdout: (text: string) => void;
  /** Writes to standard error (problems, the progress bar). */
  stderr: (text: string) => void;
  /** Whether standard error is a terminal: the progress bar shows by default there. */
  isTty: boolean;
  /** The environment, for the locale (LC_ALL, LC_MESSAGES, LANG). */
  env: Readonly<Record<string, string | undefined>>;
  /** The current moment, for `--as-of` left out. */
  now: () => Date;
}

/** An error that ends the command with an exit code and a message in both languages. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    readonly text: { 'zh-CN': string; en: string },
    readonly issues: SheetIssue[] = [],
  ) {
    super(text.en);
  }
}

/** The language of messages: `--lang`, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG), else Chinese. */
export function pickLocale(flag: string | undefined, env: Io['env']): Locale {
  // An empty variable counts as unset, as POSIX has it (LC_ALL= leaves LANG in charge).
  const value =
    [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? 'zh_CN';
  return /^en/i.test(value) ? 'en' : 'zh-CN';
}

/** The largest file the command reads: far above any campaign or workbook, far below what would exhaust memory. */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const reasonOf = (error: unknown) => (error as { code?: string }).code ?? String(error);

/**
 * The files a run has read, by device and inode: a command also reads files its arguments do not name (the framework
 * file a campaign records), and no output may be one of them. Held per run, so runs a host starts side by side in one
 * process never see each other's files.
 */
const runReads = new AsyncLocalStorage<Set<string>>();

/** Runs one command with its own record of the files it reads. */
export function withOwnReads<T>(body: () => Promise<T>): Promise<T> {
  return runReads.run(new Set(), body);
}

/** Whether the current run has read this file (by any name). */
export function wasRead(path: string): boolean {
  return runReads.getStore()?.has(sameFile(path)) ?? false;
}

/** Writes a command's output, unless it is a file the run has read: that would lose the input. */
export function writeOutput(path: string, data: Uint8Array | string): void {
  if (wasRead(path)) throw new CliError(EXIT_CODES.usage, say('outputIsInput', { path }));
  writeOut(path, data);
}

/**
 * Reads a file's bytes, or ends with exit code 3: only a regular file (a device or a pipe could be endless or never
 * answer), and only up to `MAX_INPUT_BYTES`. The file is opened once and judged by what was opened (without waiting
 * on a pipe), and never more than the bound plus one byte is read, whatever it grew to meanwhile.
 */
export function readBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // Windows will not open a folder at all.
    if ((error as { code?: string }).code === 'EISDIR')
      throw new CliError(EXIT_CODES.unreadable, say('notAFile', { path }));
    throw new CliError(EXIT_CODES.unreadable, say('cannotRead', { path, reason: reasonOf(error) }));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliError(EXIT_CODES.unreadable, say('notAFile', { path }));
    runReads.getStore()?.add(`${stat.dev}:${stat.ino}`);
    const tooLarge = (bytes: number) =>
      new CliError(
        EXIT_CODES.unreadable,
        say('inputTooLarge', {
          path,
          megabytes: Math.ceil(bytes / 1024 / 1024),
          limit: MAX_INPUT_BYTES / 1024 / 1024,
        }),
      );
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge(stat.size);
    // Read to the end (a size of 0 or one that grows says nothing), never past the bound plus one byte.
    const chunks: Buffer[] = [];
    let read = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, MAX_INPUT_BYTES + 1 - read));
      const n = chunk.length === 0 ? 0 : readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      read += n;
    }
    if (read > MAX_INPUT_BYTES) throw tooLarge(read);
    return Buffer.concat(chunks, read);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT_CODES.unreadable, say('cannotRead', { path, reason: reasonOf(error) }));
  } finally {
    closeSync(fd);
  }
}

/** Reads a JSON file, its shape bounded before it is parsed and a syntax error located, or ends with exit code 3. */
export function readJson(path: string): unknown {
  const read = parseJsonText(new TextDecoder().decode(readBytes(path)));
  if (read.ok) return read.value;
  throw new CliError(
    EXIT_CODES.unreadable,
    say('notJson', { path }),
    read.issues.map((issue) => ({ ...issue, cell: '', sheet: '' })),
  );
}

const STREAMS: Readonly<Record<string, number>> = {
  '/dev/stdout': 1,
  '/dev/1': 1,
  '/dev/stderr': 2,
  '/dev/2': 2,
};

/** Writes all of the bytes to a descriptor. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Writes a file by way of a new file beside it, flushed to disk and renamed into place: a failure (a full disk, a
 * quota, a power cut) leaves what was there as it was, and no partial file behind. A link is followed, so the file it
 * names is replaced and the link stays; the file keeps its permissions, and one that may not be written is refused. A
 * device or a pipe (`/dev/stdout`) is written straight to. Ends with exit code 3.
 */
export function writeOut(path: string, data: Uint8Array | string): void {
  const fail = (error: unknown) =>
    new CliError(EXIT_CODES.unreadable, say('cannotWrite', { path, reason: reasonOf(error) }));
  // The standard streams by name are written to as the streams they are, whatever they were sent to (a file appended
  // to with `>>` keeps what it had).
  const stream = STREAMS[path.replace(/^\/dev\/fd\//, '/dev/')];
  if (stream !== undefined) {
    try {
      writeAll(stream, typeof data === 'string' ? Buffer.from(data) : data);
      return;
    } catch (error) {
      throw fail(error);
    }
  }
  let target = path;
  let mode: number | undefined;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) {
      try {
        writeFileSync(path, data);
        return;
      } catch (error) {
        throw fail(error);
      }
    }
    target = realpathSync(path);
    accessSync(target, constants.W_OK);
    mode = stat.mode & 0o777;
  } catch (error) {
    if (error instanceof CliError) throw error;
    // Nothing there yet is a new file; anything else (no permission) is the answer.
    if ((error as { code?: string }).code !== 'ENOENT') throw fail(error);
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', mode ?? 0o666);
    try {
      writeFileSync(fd, data);
      if (mode !== undefined) fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    throw fail(error);
  }
  try {
    renameInto(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    // Only the rename meets a file another program holds; a folder that may not be written fails before it.
    throw inUse(error) ? new CliError(EXIT_CODES.unreadable, say('fileInUse', { path })) : fail(error);
  }
}

// On Windows a file another program holds open cannot be replaced: a virus scanner or the search indexer lets go
// within moments, Excel or WPS not until the workbook is closed.
const IN_USE = new Set(['EPERM', 'EACCES', 'EBUSY']);
const inUse = (error: unknown, platform: string = process.platform) =>
  platform === 'win32' && IN_USE.has((error as { code?: string } | null)?.code ?? '');

/**
 * Renames a written file into place, trying again for about a second while Windows says the target is in use, so a
 * passing scanner does not fail the command. The last error is thrown as it came.
 */
export function renameInto(
  from: string,
  to: string,
  rename: (from: string, to: string) => void = renameSync,
  platform: string = process.platform,
): void {
  for (let wait = 10; ; wait *= 2) {
    try {
      rename(from, to);
      return;
    } catch (error) {
      if (!inUse(error, platform) || wait > 640) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

/** Issues as lines a person reads, in one language: at a cell, at a record named in words, or at a JSON path. */
export function issueLines(
  issues: readonly (SheetIssue & { where?: BilingualText })[],
  locale: Locale,
): string {
  const colon = locale === 'zh-CN' ? '：' : ': ';
  return issues
    .map((i) => {
      if (i.cell) return `  ${formatSheetIssue(i, locale)}`;
      if (i.where) return `  ${i.where[locale]}${colon}${i.message[locale]}`;
      return `  ${i.pointer ? `${i.pointer}${colon}` : ''}${i.message[locale]}`;
    })
    .join('\n');
}

/** A progress bar on standard error: `[########------------]  40% 读取工作簿`. */
export function progressBar(io: Io, enabled: boolean, label: string): (done: number) => void {
  if (!enabled) return () => {};
  let last = -1;
  return (done) => {
    const percent = Math.round(Math.min(1, Math.max(0, done)) * 100);
    if (percent === last) return;
    last = percent;
    const filled = Math.round(percent / 5);
    io.stderr(
      `\r[${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${String(percent).padStart(3)}% ${label}${percent === 100 ? '\n' : ''}`,
    );
  };
}

/** What a path is, as the file system knows it: one file under a link, another letter case or a hard link alike. */
export function sameFile(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return resolve(path);
  }
}
