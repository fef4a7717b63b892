import { describe, expect, it } from 'vitest';
import {
  APPRAISAL_OUTCOME_KINDS,
  ARCHIVE_CATEGORIES,
  ASSESSMENT_METHODS,
  type BilingualText,
  ContentError,
  defineLabels,
  ENUM_LABELS,
  label,
  labels,
  MEETING_KINDS,
  PHASES,
  RECTIFICATION_STATUSES,
  UNIT_KINDS,
  UnitKindSchema,
  unitKindLabel,
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
      APPRAISAL_OUTCOME_KINDS,
      UnitKindSchema.options,
    ];
    for (const list of lists) for (const value of list) expect(labels(value), value).toBeDefined();
  });

  it('labels a value shared by two enumerations the same way in both, but for the one named exception', () => {
    const seen = new Map<string, string>();
    const differing = new Set<string>();
    for (const values of Object.values(ENUM_LABELS)) {
      for (const [value, text] of Object.entries(values)) {
        const key = JSON.stringify(text);
        if (seen.has(value) && seen.get(value) !== key) differing.add(value);
        if (!seen.has(value)) seen.set(value, key);
      }
    }
    expect([...differing]).toEqual(['serviceWindow']);
    expect(label('serviceWindow', 'zh-CN')).toBe('窗口单位');
    expect(label('serviceWindow', 'zh-CN', 'rectificationArea')).toBe('窗口服务');
    expect(labels('serviceWindow', 'rectificationArea')?.en).toBe('Service windows');
  });

  it('writes a department as an office at its level does', () => {
    expect(unitKindLabel('department', 'street')).toBe('站办所');
    expect(unitKindLabel('department', 'town', 'en')).toBe("Town office's section");
    expect(unitKindLabel('department', 'district')).toBe('区级部门');
    expect(unitKindLabel('department', 'city')).toBe('市直部门');
    expect(unitKindLabel('community', 'district')).toBe('社区');
    expect(label('department')).toBe('部门');
  });

  it('reads labels in either locale, Chinese by default', () => {
    expect(label('covertInspection')).toBe('实地暗访');
    expect(label('covertInspection', 'en')).toBe('Covert inspection');
    expect(label('summaryEvaluation', 'zh-CN')).toBe('总结评议');
    expect(label('admonitionMeeting', 'en')).toBe('Interview (admonition meeting)');
    expect(label('criticism')).toBe('通报批评');
    expect(label('commendation')).toBe('通报表扬');
    expect(labels('no-such-value')).toBeUndefined();
  });

  it("defines a host's own labels, and refuses a value labelled in one language only", () => {
    const host = defineLabels({ ticketState: { open: { 'zh-CN': '待办', en: 'Open' } } });
    expect(host.label('open', 'en')).toBe('Open');
    expect(() =>
      defineLabels({
        ticketState: { open: { 'zh-CN': '待办', en: ' ' }, done: { en: 'Done' } as unknown as BilingualText },
      }),
    ).toThrow(ContentError);
    // Fails when nothing is thrown, or something other than the one located issue.
    expect(() => defineLabels({ ticketState: { done: { en: 'Done' } as unknown as BilingualText } })).toThrow(
      expect.objectContaining({
        name: 'ContentError',
        issues: [expect.objectContaining({ pointer: '/ticketState/done', code: 'missing_label' })],
      }),
    );
  });
});
