import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ValidationIssue,
  validateHolidayCnLayer,
  validateHolidayCnYear,
  validateWithSchema,
  WorkingCalendarSchema,
} from '../src/index.js';

// The holiday-cn files kept as test data beside the fixtures (read as files: the model does not depend on fixtures).
const file = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/holiday-cn/${name}.json`, import.meta.url), 'utf8'));

const issues = (result: { ok: boolean; issues?: ValidationIssue[] }) =>
  result.ok ? [] : (result.issues ?? []);
const bilingual = (list: ValidationIssue[]) => {
  for (const i of list) {
    expect(i.message['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(i.message.en).toMatch(/[a-z]/);
  }
};

describe('holiday-cn yearly files', () => {
  it('reads a published year: make-up days become working days, the notice its source', () => {
    const result = validateHolidayCnYear(file('2026'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.published).toBe(true);
    expect(result.value.sources).toEqual(['https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm']);
    expect(result.value.days).toContainEqual({ date: '2026-02-14', name: '春节', working: true });
    expect(result.value.days).toContainEqual({ date: '2026-10-01', name: '国庆节', working: false });
  });

  it('keeps a year whose notice is not out (empty papers) as unpublished, with no days', () => {
    expect(validateHolidayCnYear(file('2027'))).toEqual({
      ok: true,
      value: { year: 2027, published: false, sources: [], days: [] },
    });
  });

  it('accepts a notice reaching back into the December before, and nothing further', () => {
    expect(validateHolidayCnYear(file('2019')).ok).toBe(true);
    const early = { year: 2019, papers: ['x'], days: [{ name: '元旦', date: '2018-11-30', isOffDay: true }] };
    const found = issues(validateHolidayCnYear(early));
    expect(found).toEqual([
      expect.objectContaining({ pointer: '/days/0/date', code: 'calendar_day_outside_year' }),
    ]);
    bilingual(found);
  });

  it('locates every problem of a bad file, in both languages', () => {
    const bad = {
      year: 2026,
      papers: ['https://www.gov.cn/…'],
      days: [
        { name: '春节', date: '2026-02-30', isOffDay: true },
        { name: '春节', date: '2026-02-16', isOffDay: 'yes' },
        { name: '春节', date: '2026-02-17', isOffDay: true, note: 'x' },
      ],
      extra: 1,
    };
    const found = issues(validateHolidayCnYear(bad));
    expect(found.map((i) => i.pointer).sort()).toEqual([
      '/days/0/date',
      '/days/1/isOffDay',
      '/days/2/note',
      '/extra',
    ]);
    bilingual(found);
    const twice = {
      year: 2026,
      papers: ['x'],
      days: [
        { name: '春节', date: '2026-02-16', isOffDay: true },
        { name: '春节', date: '2026-02-16', isOffDay: true },
      ],
    };
    expect(issues(validateHolidayCnYear(twice))).toEqual([
      expect.objectContaining({ pointer: '/days/1/date', code: 'duplicate_calendar_day' }),
    ]);
    const unpublished = {
      year: 2027,
      papers: [],
      days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }],
    };
    expect(issues(validateHolidayCnYear(unpublished))).toEqual([
      expect.objectContaining({ pointer: '/days', code: 'unpublished_year_with_days' }),
    ]);
  });

  it('refuses what is not a file at all, and polluting keys, without throwing', () => {
    expect(issues(validateHolidayCnYear('2026'))[0]?.code).toBe('invalid_type');
    expect(issues(validateHolidayCnYear(null))[0]?.code).toBe('invalid_type');
    const hostile = JSON.parse('{"year":2026,"papers":[],"days":[],"__proto__":{"polluted":true}}');
    expect(issues(validateHolidayCnYear(hostile))[0]?.code).toBe('forbidden_key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads several files into the national layer, each issue at its file', () => {
    const layer = validateHolidayCnLayer([file('2026'), file('2024'), file('2025')]);
    expect(layer.ok && layer.value.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(layer.ok && layer.value).toMatchObject({ id: 'national', level: 'national' });
    const twice = issues(validateHolidayCnLayer([file('2026'), file('2026'), { year: 'x' }]));
    expect(twice.map((i) => [i.pointer, i.code])).toEqual([
      ['/1/year', 'duplicate_year'],
      ['/2/year', 'invalid_type'],
      ['/2/papers', 'missing_field'],
      ['/2/days', 'missing_field'],
    ]);
    expect(issues(validateHolidayCnLayer('files' as never))[0]?.code).toBe('too_big');
  });
});

describe('the working calendar', () => {
  const national = () => {
    const layer = validateHolidayCnLayer([file('2026')]);
    if (!layer.ok) throw new Error('2026 must read');
    return layer.value;
  };

  it('takes layers in order and office hours', () => {
    const result = validateWithSchema(WorkingCalendarSchema, {
      layers: [national(), { id: 'office', level: 'local', years: [] }],
      officeHours: {
        periods: [
          { start: '08:30', end: '12:00' },
          { start: '14:00', end: '17:30' },
        ],
      },
    });
    expect(result.ok).toBe(true);
  });

  it('wants the national layer first, every year, and office hours in order', () => {
    const province = { id: 'p', level: 'provincial', years: [] };
    expect(issues(validateWithSchema(WorkingCalendarSchema, { layers: [province] }))).toEqual([
      expect.objectContaining({ pointer: '/layers', code: 'national_layer_first' }),
    ]);
    expect(
      issues(
        validateWithSchema(WorkingCalendarSchema, { layers: [{ ...national(), coverage: 'listedDays' }] }),
      ),
    ).toEqual([expect.objectContaining({ pointer: '/layers/0/coverage', code: 'national_every_year' })]);
    const hours = issues(
      validateWithSchema(WorkingCalendarSchema, {
        layers: [national()],
        officeHours: {
          periods: [
            { start: '14:00', end: '17:30' },
            { start: '8:30', end: '12:00' },
          ],
        },
      }),
    );
    expect(hours.map((i) => [i.pointer, i.code])).toEqual([
      ['/officeHours/periods/1/start', 'invalid_clock'],
      ['/officeHours/periods', 'office_hours_order'],
    ]);
    const order = issues(
      validateWithSchema(WorkingCalendarSchema, {
        layers: [national()],
        officeHours: {
          periods: [
            { start: '14:00', end: '17:30' },
            { start: '08:30', end: '12:00' },
          ],
        },
      }),
    );
    expect(order.map((i) => [i.pointer, i.code])).toEqual([['/officeHours/periods', 'office_hours_order']]);
    bilingual([...hours, ...order]);
  });
});
