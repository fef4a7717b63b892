import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The documented public API: a change here is a deliberate change to the package (and a changeset).
const EXPORTED = ['EXIT_CODES', 'renderReport', 'run'];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });

  it('keeps the documented exit codes', () => {
    expect(api.EXIT_CODES).toEqual({ ok: 0, invalid: 1, usage: 2, unreadable: 3, internal: 70 });
  });
});
