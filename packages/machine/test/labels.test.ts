import * as dep2 from '@chuangwen/checklists';
import { exportedEnumerations, labelProblems } from '@chuangwen/fixtures';
import * as dep1 from '@chuangwen/model';
import * as dep3 from '@chuangwen/rules';
import { describe, expect, it } from 'vitest';
import * as entry from '../src/index.js';
import { ENUM_LABELS, label, labels } from '../src/index.js';

// Every enumeration this package and the packages below it export has its labels in this package's `label`.
const enums = exportedEnumerations([entry, dep1, dep2, dep3]);

describe('labels of every enumeration', () => {
  it('labels every value of every exported enumeration in both languages', () => {
    expect(enums.length).toBeGreaterThan(20);
    expect(labelProblems(enums, ENUM_LABELS, (v) => labels(v))).toEqual([]);
  });

  it('returns an unknown value as it is, and a shared value by the enumeration named', () => {
    expect(label('not-a-value' as never, 'en')).toBe('not-a-value');
    expect(label('serviceWindow', 'zh-CN', 'rectificationArea')).not.toBe(
      label('serviceWindow', 'zh-CN', 'unitKind'),
    );
  });
});
