import { describe, expect, it } from 'vitest';
import { renameInto } from '../src/io.js';

// Windows refuses to replace a file another program holds open. A scanner lets go in moments, so the rename is tried
// again for about a second; Excel does not, so the command then says the file is in use. No Windows machine runs this
// suite, so the file system's answers are given here as Windows gives them.
const failing = (codes: string[]) => {
  const calls: string[] = [];
  const rename = (from: string, to: string) => {
    calls.push(`${from}->${to}`);
    const code = codes.shift();
    if (code) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
  };
  return { calls, rename };
};

describe('renameInto', () => {
  it('tries again while Windows says the file is in use, and then succeeds', () => {
    const fs = failing(['EBUSY', 'EPERM', 'EACCES']);
    renameInto('a.tmp', 'a.xlsx', fs.rename, 'win32');
    expect(fs.calls).toEqual(Array(4).fill('a.tmp->a.xlsx'));
  });

  it('gives up after about a second with the error as it came', () => {
    const fs = failing(Array(20).fill('EPERM'));
    const started = Date.now();
    expect(() => renameInto('a.tmp', 'a.xlsx', fs.rename, 'win32')).toThrow(/EPERM/);
    expect(fs.calls.length).toBe(8);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('does not try again for any other error, or on another system', () => {
    const missing = failing(['ENOENT']);
    expect(() => renameInto('a.tmp', 'a.xlsx', missing.rename, 'win32')).toThrow(/ENOENT/);
    expect(missing.calls.length).toBe(1);
    const linux = failing(['EACCES']);
    expect(() => renameInto('a.tmp', 'a.xlsx', linux.rename, 'linux')).toThrow(/EACCES/);
    expect(linux.calls.length).toBe(1);
  });
});
