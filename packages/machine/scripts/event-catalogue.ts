// The event catalogue (docs/events.md, docs/events.zh-CN.md), generated from the events' schemas, the role policy and
// the machines' own definitions, and from running one example of each event: what it carries, who may send it, when
// it applies, which readiness blockers it clears and which effects it names. `npm run docs:events` writes it; a test
// fails when the files are stale or an event has no example.
import { writeFileSync } from 'node:fs';
import { label } from '@chuangwen/model';
import { BLOCKER_CODES } from '@chuangwen/rules';
import { z } from 'zod';
import {
  type Actor,
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATES,
  CampaignEventSchema,
  type CampaignEventType,
  campaignMachine,
  DEFAULT_ROLE_POLICY,
  EVENT_GROUPS,
  EVENT_TYPE_LABELS,
  groupOf,
  MemoryRecord,
  ROLE_LABELS,
  readinessOf,
  rectificationMachine,
  stateLabel,
} from '../src/index.js';
import { derivedFacts } from '../src/internal.js';
import { CONFIGURATION, SAMPLES, SETUP, VARIANTS, type Variant } from './event-samples.js';
import { interfaceName } from './event-types.js';

type Lang = 'zh-CN' | 'en';
type Json = Record<string, unknown>;

/** Every blocker of every phase, for a campaign as its record stands, with how many things each names. */
function blockers(record: MemoryRecord): Map<string, number> {
  const out = new Map<string, number>();
  const context = record.campaign.snapshot.context;
  const config = record.configuration;
  const derived = derivedFacts(context, config, record.projection.board, '2026-04-01T09:00:00+08:00');
  for (const phase of [
    'mobilization',
    'specialRectification',
    'finalSprint',
    'inspectionReadiness',
    'summaryEvaluation',
  ] as const)
    for (const b of readinessOf(context, phase, derived, config.readiness).blockers)
      out.set(b.code, Math.max(out.get(b.code) ?? 0, b.refs.length));
  return out;
}

/** How an event moved readiness: blockers it cleared, it raised, and it narrowed (fewer things left to do). */
interface Moved {
  cleared: string[];
  raised: string[];
  narrowed: string[];
}

/** Runs one example after its setup; the blockers it cleared and the effects it named. */
function runOne(type: CampaignEventType, example: Variant): Moved & { effects: string[] } {
  const office: Actor = { id: 'p-office', role: 'office' };
  const record = new MemoryRecord(
    { campaignId: 'catalogue', at: '2026-03-01T09:00:00+08:00', units: example.units ?? { u1: 'lead' } },
    office,
    { configuration: CONFIGURATION },
  );
  for (const e of example.setup ?? []) {
    const r = record.dispatch(e);
    if (r.rejection) throw new Error(`setup of ${type}: ${r.rejection.reason.en}`);
  }
  const before = blockers(record);
  const result = record.dispatch(example.event);
  if (result.rejection) throw new Error(`example of ${type}: ${result.rejection.reason.en}`);
  const after = blockers(record);
  return {
    cleared: BLOCKER_CODES.filter((c) => before.has(c) && !after.has(c)),
    raised: BLOCKER_CODES.filter((c) => !before.has(c) && after.has(c)),
    narrowed: BLOCKER_CODES.filter((c) => before.has(c) && after.has(c) && after.get(c)! < before.get(c)!),
    effects: result.effects.map((e) => e.type),
  };
}

/** Runs an event's example and its further examples; what any of them cleared, raised or named. */
function run(type: CampaignEventType): Moved & { effects: string[] } {
  const runs = [{ event: SAMPLES[type], setup: SETUP[type] ?? [] }, ...(VARIANTS[type] ?? [])].map((v) =>
    runOne(type, v),
  );
  const all = (pick: (m: Moved & { effects: string[] }) => string[]) => [...new Set(runs.flatMap(pick))];
  const cleared = all((m) => m.cleared);
  return {
    cleared,
    raised: all((m) => m.raised).filter((c) => !cleared.includes(c)),
    narrowed: all((m) => m.narrowed).filter((c) => !cleared.includes(c)),
    effects: all((m) => m.effects),
  };
}

/** The states an event applies in, from the machines' definitions. */
function statesOf(type: CampaignEventType, lang: Lang): string {
  const group = groupOf(type)!;
  if (group === 'evidence' || group === 'configuration') return lang === 'zh-CN' ? '任何阶段' : 'any phase';
  if (group === 'rectification') {
    const states = Object.entries(rectificationMachine.config.states ?? {})
      .filter(([, node]) => Object.hasOwn((node as { on?: Json }).on ?? {}, type))
      .map(([state]) => label(state as Parameters<typeof label>[0], lang));
    return `${lang === 'zh-CN' ? '整改状态：' : 'rectification: '}${type === 'rectification.reported' ? (lang === 'zh-CN' ? '新问题' : 'a new problem') : states.join(lang === 'zh-CN' ? '、' : ', ')}`;
  }
  const root = Object.hasOwn(campaignMachine.config.on ?? {}, type);
  const states = CAMPAIGN_STATES.filter(
    (s) =>
      root ||
      Object.hasOwn((campaignMachine.config.states?.[s] as { on?: Json } | undefined)?.on ?? {}, type),
  );
  if (states.length === CAMPAIGN_STATES.length) return lang === 'zh-CN' ? '任何阶段' : 'any phase';
  return states.map((s) => stateLabel(s)[lang]).join(lang === 'zh-CN' ? '、' : ', ');
}

const split = (description: unknown, lang: Lang) => {
  const [en, zh] = String(description ?? '').split(' / ');
  return (lang === 'zh-CN' ? zh || en : en) ?? '';
};

/** A field's type in a few words, from its JSON Schema. */
function typeOf(schema: Json): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${v}\``).join(' \\| ');
  if (schema.type === 'array') return `${typeOf((schema.items as Json) ?? {})}[]`;
  if (schema.type === 'object') return schema.additionalProperties && !schema.properties ? 'map' : 'object';
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' \\| ');
  if (typeof schema.format === 'string') return `${schema.type} (${schema.format})`;
  if (typeof schema.pattern === 'string') return `${schema.type}`;
  return String(schema.type ?? 'any');
}

const variants = (() => {
  const schema = z.toJSONSchema(CampaignEventSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  const list = (schema.oneOf ?? schema.anyOf) as Json[];
  return new Map(list.map((v) => [((v.properties as Json).type as Json).const as string, v]));
})();

const text = {
  title: { 'zh-CN': '事件目录', en: 'The event catalogue' },
  intro: {
    'zh-CN':
      '创建工作的每一件事都以事件送入 `dispatch`（或 `@chuangwen/store` 的 `recordEvent`）。本目录由各事件的结构定义、角色权限和状态机定义生成，并逐一运行示例得出所消除的阶段条件和触发的后续动作。每个事件都带 `at`（发生时间，带时区）和 `actor`（发送人），下表不再重复。English: [events.md](events.md)。',
    en: "Everything a campaign records arrives as an event through `dispatch` (or `recordEvent` of `@chuangwen/store`). This catalogue is generated from the events' schemas, the role policy and the machines' definitions, and from running an example of each: the readiness blockers it clears and the effects it names. Every event also carries `at` (when, with its offset) and `actor` (who sent it), not repeated below. 中文：[events.zh-CN.md](events.zh-CN.md).",
  },
  groups: {
    fact: { 'zh-CN': '事实', en: 'Facts' },
    configuration: {
      'zh-CN': '配置（单位、点位、人员、测评体系、设置，记入活动流）',
      en: 'Configuration (units, sites, people, frameworks, settings; on the campaign stream)',
    },
    phase: { 'zh-CN': '阶段', en: 'Phases' },
    rectification: { 'zh-CN': '整改（每项整改一条记录流）', en: 'Rectifications (a stream per problem)' },
    evidence: { 'zh-CN': '测评记录与佐证材料（测评记录流）', en: 'Evidence (the evidence stream)' },
  },
  head: {
    'zh-CN': '| 事件 | 含义 | 可发送角色 | 适用 | 对阶段条件的作用 | 触发动作 |\n|---|---|---|---|---|---|',
    en: '| event | meaning | roles allowed | applies | what it does to readiness | effects |\n|---|---|---|---|---|---|',
  },
  fields: {
    'zh-CN': '| 字段 | 必填 | 类型 | 说明 |\n|---|---|---|---|',
    en: '| field | required | type | meaning |\n|---|---|---|---|',
  },
  none: { 'zh-CN': '（无其他字段）', en: '(no other fields)' },
  example: { 'zh-CN': '示例', en: 'Example' },
  narrowed: { 'zh-CN': '（部分）', en: '(in part)' },
  raised: { 'zh-CN': '产生', en: 'raises' },
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
};

/** The catalogue in one language, as Markdown. */
export function renderCatalogue(lang: Lang): string {
  const out: string[] = [`# ${text.title[lang]}`, '', text.intro[lang], ''];
  const dash = '—';
  for (const [group, types] of Object.entries(EVENT_GROUPS) as [
    keyof typeof EVENT_GROUPS,
    readonly CampaignEventType[],
  ][]) {
    out.push(`## ${text.groups[group][lang]}`, '', text.head[lang]);
    const details: string[] = [];
    for (const type of types) {
      const { cleared, raised, narrowed, effects } = run(type);
      const code = (c: string) => `\`${c}\``;
      const moved = [
        ...cleared.map(code),
        ...narrowed.map((c) => `${code(c)} ${text.narrowed[lang]}`),
        ...raised.map((c) => `${text.raised[lang]} ${code(c)}`),
      ].join(lang === 'zh-CN' ? '；' : '; ');
      const roles = DEFAULT_ROLE_POLICY.roles[type]
        .map((r) => ROLE_LABELS[r][lang])
        .join(lang === 'zh-CN' ? '、' : ', ');
      out.push(
        `| [\`${type}\`](#${type.replace(/\./g, '').toLowerCase()}) | ${EVENT_TYPE_LABELS[type][lang]} | ${roles} | ${statesOf(type, lang)} | ${moved || dash} | ${effects.map(code).join(' ') || dash} |`,
      );
      const variant = variants.get(type)!;
      const properties = Object.entries((variant.properties as Record<string, Json>) ?? {}).filter(
        ([k]) => !['type', 'at', 'actor'].includes(k),
      );
      const required = new Set((variant.required as string[]) ?? []);
      const { type: _t, at: _a, actor: _r, ...example } = SAMPLES[type] as Json;
      details.push(
        `### ${type}`,
        '',
        lang === 'zh-CN'
          ? `${EVENT_TYPE_LABELS[type][lang]}。TypeScript 类型：\`${interfaceName(type)}\`（读取时，默认值已填入）；编写时用 \`EventInput<'${type}'>\`。`
          : `${EVENT_TYPE_LABELS[type][lang]}. TypeScript type: \`${interfaceName(type)}\` (as read, defaults filled in); to write one, \`EventInput<'${type}'>\`.`,
        '',
        ...(properties.length === 0
          ? [text.none[lang]]
          : [
              text.fields[lang],
              ...properties.map(
                ([k, v]) =>
                  `| \`${k}\` | ${required.has(k) ? text.yes[lang] : text.no[lang]} | ${typeOf(v)} | ${split(v.description, lang)} |`,
              ),
            ]),
        '',
        `${text.example[lang]}:`,
        '',
        '```json',
        JSON.stringify({ type, ...example }, null, 2),
        '```',
        '',
      );
    }
    out.push('', ...details);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Every event type, for the test that none is missing. */
export const CATALOGUED = CAMPAIGN_EVENT_TYPES;

if (process.argv[1]?.endsWith('event-catalogue.ts')) {
  const root = new URL('../../../docs/', import.meta.url);
  writeFileSync(new URL('events.md', root), renderCatalogue('en'));
  writeFileSync(new URL('events.zh-CN.md', root), renderCatalogue('zh-CN'));
}
