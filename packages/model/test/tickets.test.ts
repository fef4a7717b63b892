import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  CategoryTableSchema,
  DeadlineRuleSchema,
  deadlineUnit,
  HotlineTicketSchema,
  JSON_SCHEMA_KEYWORDS,
  type JsonSchemaName,
  RectificationSchema,
  UrbanCaseSchema,
  type ValidationIssue,
  validateWithSchema,
} from '../src/index.js';
import { deadlineAmount } from '../src/internal.js';

const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
ajv.addVocabulary([...JSON_SCHEMA_KEYWORDS]);
const validators = new Map<JsonSchemaName, ReturnType<typeof ajv.compile>>();
/** The shipped JSON Schema file of a name, compiled once. */
const shipped = (name: JsonSchemaName) => {
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(
      JSON.parse(readFileSync(new URL(`../json-schema/${name}.json`, import.meta.url), 'utf8')),
    );
    validators.set(name, v);
  }
  return v;
};

// Fictional tickets: every name, number and place is made up.
const ticket = () => ({
  ticketNumber: 'GD2026031200123',
  receivedAt: '2026-03-12T09:15:00+08:00',
  requestType: 'complaint',
  category: 'sanitation',
  content: '示例小区北门垃圾堆放多日无人清运（虚构）',
  address: '示例路 1 号（虚构）',
  grid: '990000001001001',
  timeLimit: { workingDays: 13 },
  steps: [
    { state: 'accepted', at: '2026-03-12T09:15:00+08:00' },
    { state: 'dispatched', at: '2026-03-12T10:00:00+08:00', unit: '示例街道办事处' },
    { state: 'sentBack', at: '2026-03-12T15:00:00+08:00', unit: '示例街道办事处', reason: '属物业管理范围' },
    { state: 'redispatched', at: '2026-03-13T09:00:00+08:00', unit: '示例社区居委会' },
    { state: 'extended', at: '2026-03-20T09:00:00+08:00', by: { workingDays: 5 }, approvedBy: '区热线办' },
    { state: 'replied', at: '2026-03-24T16:00:00+08:00', unit: '示例社区居委会' },
    { state: 'completed', at: '2026-03-25T10:00:00+08:00' },
    { state: 'followedUp', at: '2026-03-26T10:00:00+08:00', satisfaction: 'satisfied' },
    { state: 'rated', at: '2026-03-26T10:05:00+08:00', satisfaction: 'satisfied' },
  ],
});

const urbanCase = () => ({
  caseNumber: 'SZCG-2026-000045',
  reportedAt: '2026-03-02T08:40:00+08:00',
  kind: 'component',
  mainType: { name: '公用设施', code: '01' },
  subType: { name: '井盖（示例）' },
  componentId: '9900000101000001',
  description: '人行道井盖破损（虚构）',
  grid: '990000001001002',
  timeLimit: { workingHours: 8 },
  steps: [
    { state: 'collected', at: '2026-03-02T08:40:00+08:00' },
    { state: 'filed', at: '2026-03-02T09:00:00+08:00' },
    { state: 'dispatched', at: '2026-03-02T09:10:00+08:00', unit: '示例市政养护所' },
    { state: 'replied', at: '2026-03-02T15:00:00+08:00' },
    { state: 'verified', at: '2026-03-02T16:00:00+08:00', passed: true },
    { state: 'completed', at: '2026-03-02T16:10:00+08:00' },
  ],
});

const codes = (result: { ok: boolean; issues?: ValidationIssue[] }) =>
  result.ok ? [] : (result.issues ?? []).map((i) => [i.pointer, i.code]);

describe('tickets from outside', () => {
  it('reads a hotline ticket and a 数字城管 case, and so does their JSON Schema', () => {
    expect(validateWithSchema(HotlineTicketSchema, ticket()).ok).toBe(true);
    expect(validateWithSchema(UrbanCaseSchema, urbanCase()).ok).toBe(true);
    expect(shipped('hotline-ticket')(ticket())).toBe(true);
    expect(shipped('urban-case')(urbanCase())).toBe(true);
  });

  it('locates what is wrong with a step, in both languages', () => {
    const bad = ticket() as any;
    bad.steps[1].unit = undefined;
    bad.steps[2].state = 'teleported';
    bad.steps[4] = { state: 'extended', at: '2026-03-20T09:00:00+08:00' };
    bad.steps[7].satisfaction = 'delighted';
    bad.callerPhone = '13800000000';
    const result = validateWithSchema(HotlineTicketSchema, JSON.parse(JSON.stringify(bad)));
    expect(codes(result)).toEqual([
      ['/steps/1/unit', 'missing_field'],
      ['/steps/2/state', 'invalid_value'],
      ['/steps/4/by', 'one_extension'],
      ['/steps/7/satisfaction', 'invalid_value'],
      ['/callerPhone', 'unknown_key'],
    ]);
    for (const issue of result.ok ? [] : result.issues)
      expect(issue.message['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(shipped('hotline-ticket')(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });

  it('keeps each platform to its own steps: a hotline has no 核查, a 数字城管 case no 评价', () => {
    const hotline = ticket() as any;
    hotline.steps.push({ state: 'verified', at: '2026-03-27T10:00:00+08:00', passed: true });
    expect(codes(validateWithSchema(HotlineTicketSchema, hotline))).toEqual([
      ['/steps/9/state', 'invalid_value'],
    ]);
    const urban = urbanCase() as any;
    urban.steps.push({ state: 'rated', at: '2026-03-03T10:00:00+08:00', satisfaction: 'satisfied' });
    expect(codes(validateWithSchema(UrbanCaseSchema, urban))).toEqual([['/steps/6/state', 'invalid_value']]);
  });
});

describe('time limits as written', () => {
  it('takes each unit, and tells the unit and amount', () => {
    for (const rule of [
      { workingDays: 3 },
      { calendarDays: 10, endOnWorkingDay: true },
      { workingHours: 0.5 },
      { calendarHours: 2 },
    ])
      expect(DeadlineRuleSchema.safeParse(rule).success, JSON.stringify(rule)).toBe(true);
    expect(deadlineUnit({ workingDays: 3 })).toBe('workingDays');
    expect(deadlineUnit({ calendarHours: 2 })).toBe('calendarHours');
    expect(deadlineAmount({ workingHours: 4 })).toBe(4);
    expect(deadlineAmount({ calendarDays: 7 })).toBe(7);
    for (const rule of [
      { workingDays: 2.5 },
      { workingDays: 3, calendarDays: 3 },
      { days: 3 },
      { workingHours: 0 },
    ])
      expect(DeadlineRuleSchema.safeParse(rule).success, JSON.stringify(rule)).toBe(false);
  });
});

describe('category tables and the new fields of a rectification', () => {
  it('refuses a code used twice and a parent not in the table', () => {
    const table = {
      id: 'sample',
      title: '示例',
      sample: true,
      categories: [
        { code: 'a', name: { 'zh-CN': '甲' } },
        { code: 'a', name: { 'zh-CN': '乙' } },
        { code: 'b', name: { 'zh-CN': '丙' }, parent: 'z' },
      ],
    };
    expect(codes(validateWithSchema(CategoryTableSchema, table))).toEqual([
      ['/categories/1/code', 'duplicate_category'],
      ['/categories/2/parent', 'unknown_parent'],
    ]);
  });

  it('takes channel, external number, category, grid and time limit, and refuses a blank number', () => {
    const base = {
      id: 'r1',
      area: 'sanitation',
      scope: { kind: 'jurisdiction' },
      description: '示例',
      reportedAt: '2026-03-12T09:15:00+08:00',
      status: 'reported',
    };
    const full = {
      ...base,
      channel: 'urbanManagement',
      externalNumber: 'SZCG-2026-000045',
      category: { table: 'gbt-30428.2-2013', code: 'component.publicFacilities' },
      grid: '990000001001002',
      timeLimit: { rule: { workingHours: 8 }, from: '2026-03-02T09:10:00+08:00' },
    };
    expect(validateWithSchema(RectificationSchema, full).ok).toBe(true);
    expect(shipped('rectification')(full)).toBe(true);
    expect(codes(validateWithSchema(RectificationSchema, { ...full, externalNumber: ' GD1' }))).toEqual([
      ['/externalNumber', 'blank_text'],
    ]);
    expect(codes(validateWithSchema(RectificationSchema, { ...full, channel: 'pigeon' }))).toEqual([
      ['/channel', 'invalid_value'],
    ]);
  });
});
