import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_KINDS,
  ARCHIVE_CATEGORIES,
  ASSESSMENT_METHODS,
  ENUM_LABELS,
  label,
  labels,
  MEETING_KINDS,
  PHASES,
  RECTIFICATION_STATUSES,
  UNIT_KINDS,
  UnitKindSchema,
} from '../src/index.js';

describe('labels', () => {
  it('gives every enumeration value a Chinese and an English label', () => {
    for (const [name, values] of Object.entries(ENUM_LABELS)) {
      for (const [value, text] of Object.entries(values)) {
        expect(text['zh-CN'], `${name}.${value}`).toMatch(/\p{Script=Han}/u);
        expect(text.en, `${name}.${value}`).toMatch(/^[A-Z][\x20-\x7e]*$/);
      }
    }
  });

  it('covers every value of the schemas', () => {
    const lists = [
      PHASES,
      UNIT_KINDS,
      ARCHIVE_CATEGORIES,
      ASSESSMENT_METHODS,
      RECTIFICATION_STATUSES,
      MEETING_KINDS,
      ACCOUNTABILITY_KINDS,
      UnitKindSchema.options,
    ];
    for (const list of lists) for (const value of list) expect(labels(value), value).toBeDefined();
  });

  it('labels a value shared by two enumerations the same way in both', () => {
    const seen = new Map<string, string>();
    for (const values of Object.values(ENUM_LABELS)) {
      for (const [value, text] of Object.entries(values)) {
        const key = JSON.stringify(text);
        if (seen.has(value)) expect(key, value).toBe(seen.get(value));
        seen.set(value, key);
      }
    }
  });

  it('reads labels in either locale, Chinese by default', () => {
    expect(label('covertInspection')).toBe('实地暗访');
    expect(label('covertInspection', 'en')).toBe('Covert inspection');
    expect(label('summaryEvaluation', 'zh-CN')).toBe('总结评议');
    expect(label('admonitionMeeting', 'en')).toBe('Admonition meeting');
    expect(labels('no-such-value')).toBeUndefined();
  });
});
