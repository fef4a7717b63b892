// validateCampaign against ajv on the model's own JSON Schema, on one generated district, valid and with errors injected,
// in one process. ajv is set up as the model's README says (strict, the project's annotation keywords declared) and
// compiled once, outside the timing. Every contender runs warmed, and after every timed run its verdict is checked:
// the valid district accepted by all, and on the damaged one the records reported are exactly those damaged (every
// one of them where every error is reported, one of them where the first stops). Writes results/model.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateDistrict } from '@chuangwen/fixtures';
import { CampaignSchema, JSON_SCHEMA_KEYWORDS, validateCampaign } from '@chuangwen/model';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { median, Results, since, size } from './results.js';

const results = new Results('model', 'npm run build && npm run model -w @chuangwen/benchmarks');
const OBSERVATIONS = size(results, 'BENCH_OBSERVATIONS', 200_000);
const ERROR_EVERY = size(results, 'BENCH_ERROR_EVERY', 1_000);
const ROUNDS = size(results, 'BENCH_ROUNDS', 5);
const n = (value: number) => value.toLocaleString('en');

const district = generateDistrict({
  seed: 7,
  streets: 12,
  unitsPerStreet: 180,
  sitesPerUnit: 3,
  observations: OBSERVATIONS,
});
// Every contender reads the same parsed JSON, as a service would after JSON.parse.
const valid: Record<string, unknown[]> = JSON.parse(JSON.stringify(district));
// The damaged district: every ERROR_EVERY-th observation and every hundredth unit broken in one of the ways JSON
// Schema can say (a value outside its list, a negative count, a missing field, an unreadable instant, a wrong type).
const damaged: Record<string, Record<string, unknown>[]> = JSON.parse(JSON.stringify(district));
const broken = new Set<string>();
damaged.observations!.forEach((o, i) => {
  if (i % ERROR_EVERY !== ERROR_EVERY - 1) return;
  const kind = ((i / ERROR_EVERY) % 4) | 0;
  if (kind === 0) o.outcome = 'maybe';
  else if (kind === 1) o.violationCount = -1;
  else if (kind === 2) delete o.method;
  else o.observedAt = 'yesterday';
  broken.add(`/observations/${i}`);
});
damaged.units!.forEach((u, i) => {
  if (i % 100 !== 99) return;
  u.name = 42;
  broken.add(`/units/${i}`);
});

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@chuangwen/model/json-schema/campaign.json'), 'utf8'),
);
const ajvOf = (allErrors: boolean) =>
  new Ajv2020({ strict: true, allErrors, validateFormats: false })
    .addVocabulary([...JSON_SCHEMA_KEYWORDS])
    .compile(schema);
// ajv as most services configure it (stop at the first error), and as needed to report every error.
const ajvFirst = ajvOf(false);
const ajvAll = ajvOf(true);

/** The records a verdict names: the first two segments of each located error, e.g. `/observations/12`. */
const recordsOf = (pointers: readonly string[]) =>
  new Set(pointers.map((p) => p.split('/').slice(0, 3).join('/')));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const ajvRecords = (fn: ValidateFunction) => recordsOf((fn.errors ?? []).map((e) => e.instancePath));

type Contender = { run: () => unknown; check: (result: unknown) => boolean };
const ajvValid = (fn: ValidateFunction): Contender => ({ run: () => fn(valid), check: (ok) => ok === true });
const ajvDamaged = (fn: ValidateFunction, every: boolean): Contender => ({
  run: () => fn(damaged),
  check: (ok) => {
    const named = ajvRecords(fn);
    return ok === false && (every ? sameSet(named, broken) : named.size === 1 && broken.has([...named][0]!));
  },
});
const validateDamaged = (maxIssues?: number): Contender => ({
  run: () => validateCampaign(damaged, maxIssues === undefined ? {} : { maxIssues }),
  check: (r) => {
    const result = r as ReturnType<typeof validateCampaign>;
    if (result.ok) return false;
    const named = recordsOf(result.issues.map((i) => i.pointer));
    return maxIssues === undefined ? sameSet(named, broken) : named.size === 1 && broken.has([...named][0]!);
  },
});

const contenders: Record<string, Contender> = {
  'valid: ajv, first error': ajvValid(ajvFirst),
  'valid: ajv, all errors': ajvValid(ajvAll),
  'valid: validateCampaign': { run: () => validateCampaign(valid), check: (r) => (r as { ok: boolean }).ok },
  'valid: CampaignSchema.safeParse': {
    run: () => CampaignSchema.safeParse(valid),
    check: (r) => (r as { success: boolean }).success,
  },
  'damaged: ajv, first error': ajvDamaged(ajvFirst, false),
  'damaged: ajv, all errors': ajvDamaged(ajvAll, true),
  'damaged: validateCampaign, maxIssues 1': validateDamaged(1),
  'damaged: validateCampaign': validateDamaged(),
};

// One warm run each, then rounds interleaving the contenders; every run's verdict checked.
const times = new Map<string, number[]>();
for (let round = 0; round <= ROUNDS; round++)
  for (const [name, { run, check }] of Object.entries(contenders)) {
    const start = process.hrtime.bigint();
    const result = run();
    const ms = since(start);
    if (!check(result)) throw new Error(`${name}: the verdict is not the one expected`);
    if (round > 0) times.set(name, [...(times.get(name) ?? []), ms]);
  }
const ms = (name: string) => median(times.get(name)!);

const units = (district.units ?? []).length;
const sites = (district.sites ?? []).length;
const versus = (a: string, b: string) => ({
  en: `${n(Math.round(ms(a)))} ms vs ${n(Math.round(ms(b)))} ms`,
  'zh-CN': `${n(Math.round(ms(a)))} 毫秒对 ${n(Math.round(ms(b)))} 毫秒`,
});
const ratio = (
  id: string,
  name: string,
  base: string,
  measure: { en: string; 'zh-CN': string },
  target = false,
) =>
  results.figure({
    id,
    measure,
    value: ms(name) / ms(base),
    unit: 'x',
    basis: versus(name, base),
    ...(target ? { target: { comparison: '<=' as const, value: 1.5, source: 'issue 2' } } : {}),
  });

results.table('valid', {
  en: `A valid district: ${n(units)} units, ${n(sites)} sites, ${n(OBSERVATIONS)} observations`,
  'zh-CN': `一个有效的城区：${n(units)} 个单位、${n(sites)} 个点位、${n(OBSERVATIONS)} 条测评记录`,
});
results.figure({
  id: 'valid-ajv-first',
  measure: {
    en: 'ajv 8 (draft 2020-12, strict), stopping at the first error: the common setting',
    'zh-CN': 'ajv 8（draft 2020-12，严格模式），遇到第一个错误即停止：常见设置',
  },
  value: ms('valid: ajv, first error'),
  unit: 'ms',
  basis: {
    en: `median of ${ROUNDS} interleaved rounds, warmed`,
    'zh-CN': `${ROUNDS} 轮交替运行的中位数，已预热`,
  },
});
ratio('valid-ajv-all', 'valid: ajv, all errors', 'valid: ajv, first error', {
  en: 'ajv with `allErrors: true`, against the first-error setting',
  'zh-CN': 'ajv 设 `allErrors: true`，对比遇错即停的设置',
});
ratio(
  'valid-validate',
  'valid: validateCampaign',
  'valid: ajv, first error',
  {
    en: '`validateCampaign` (shape and integrity: ids, references, hierarchy, timeline), against ajv stopping at the first error',
    'zh-CN': '`validateCampaign`（结构和完整性：编号、引用、层级、时间线），对比遇错即停的 ajv',
  },
  true,
);
ratio('valid-zod', 'valid: CampaignSchema.safeParse', 'valid: ajv, first error', {
  en: '`CampaignSchema.safeParse` (zod alone, the shape only), against ajv stopping at the first error',
  'zh-CN': '`CampaignSchema.safeParse`（仅 zod，只查结构），对比遇错即停的 ajv',
});

results.table('damaged', {
  en: `The same district with ${n(broken.size)} records damaged (one observation in ${n(ERROR_EVERY)}, one unit in 100: a value outside its list, a negative count, a missing field, an unreadable instant, a wrong type)`,
  'zh-CN': `同一城区，损坏 ${n(broken.size)} 条记录（每 ${n(ERROR_EVERY)} 条测评记录一条、每 100 个单位一个：取值不在列表内、计数为负、缺少字段、时刻无法识别、类型错误）`,
});
ratio(
  'damaged-every',
  'damaged: validateCampaign',
  'damaged: ajv, all errors',
  {
    en: '`validateCampaign`, every error located, against ajv with `allErrors: true` (both name every damaged record, checked)',
    'zh-CN':
      '`validateCampaign` 定位每个错误，对比设 `allErrors: true` 的 ajv（二者都指出每条损坏的记录，已核对）',
  },
  true,
);
ratio(
  'damaged-first',
  'damaged: validateCampaign, maxIssues 1',
  'damaged: ajv, first error',
  {
    en: '`validateCampaign` with `maxIssues: 1`, against ajv stopping at the first error',
    'zh-CN': '`validateCampaign` 设 `maxIssues: 1`，对比遇错即停的 ajv',
  },
  true,
);
ratio('damaged-ajv-all', 'damaged: ajv, all errors', 'valid: ajv, all errors', {
  en: 'ajv with `allErrors: true` on the damaged district, against the valid one',
  'zh-CN': '设 `allErrors: true` 的 ajv 处理损坏的城区，对比有效的城区',
});
ratio('damaged-validate', 'damaged: validateCampaign', 'valid: validateCampaign', {
  en: '`validateCampaign` on the damaged district, against the valid one',
  'zh-CN': '`validateCampaign` 处理损坏的城区，对比有效的城区',
});

results.write();
