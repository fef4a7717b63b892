import * as dep2 from '@chuangwen/checklists';
import * as dep1 from '@chuangwen/model';
import * as dep3 from '@chuangwen/rules';
import { describe, expect, it } from 'vitest';
import * as entry from '../src/index.js';
import { ENUM_LABELS, label, labels } from '../src/index.js';

// Every enumeration this package and the packages below it export has its labels in this package's `label`.
const enums = [entry, dep1, dep2, dep3].flatMap((mod) =>
  Object.entries(mod).flatMap(([name, value]) => {
    const def = (value as { _zod?: { def?: { type?: string; entries?: Record<string, string> } } })?._zod
      ?.def;
    return def?.type === 'enum' && def.entries ? [{ name, values: Object.values(def.entries) }] : [];
  }),
);

describe('labels of every enumeration', () => {
  it('finds the enumerations to check', () => {
    expect(enums.length).toBeGreaterThan(20);
  });

  it.each(enums)('labels every value of $name in both languages', ({ values }) => {
    const table = Object.values(ENUM_LABELS).find((t) => values.every((v) => Object.hasOwn(t, v)));
    expect(table, values.join(', ')).toBeDefined();
    for (const v of values) {
      const text = labels(v);
      expect(text?.['zh-CN'], v).toMatch(/\p{Script=Han}/u);
      expect(text?.en, v).toMatch(/^[A-Z][\x20-\x7e]*$/);
    }
  });

  it('returns an unknown value as it is, and a shared value by the enumeration named', () => {
    expect(label('not-a-value' as never, 'en')).toBe('not-a-value');
    expect(label('serviceWindow', 'zh-CN', 'rectificationArea')).not.toBe(
      label('serviceWindow', 'zh-CN', 'unitKind'),
    );
  });
});
