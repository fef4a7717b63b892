// classify against the floor (the four rules by hand in one flat loop) and json-rules-engine (set up as its
// documentation recommends), on the same generated standard-site histories passed through JSON, in one process. All
// contenders read times with the same parser (toMs), so the ratios measure the rules, the explanations and the engine,
// not date parsing. Every contender runs warmed, and its classes are checked against the floor's on every history
// after every timed run. Writes results/rules.json.
import type { History } from '@chuangwen/fixtures';
import { type ComplianceClass, classify } from '@chuangwen/rules';
import { ASOF, engineClass, firstDisagreement, floor, rawHistories, rulesEngine } from './four-rules.js';
import { median, Results, since, size } from './results.js';

const results = new Results('rules', 'npm run build && npm run rules -w @chuangwen/benchmarks');
const COUNT = size(results, 'BENCH_HISTORIES', 1_000_000);
const ROUNDS = size(results, 'BENCH_ROUNDS', 3);
const HOT = Math.min(COUNT, 10_000);
const n = (value: number) => value.toLocaleString('en');

console.log(`generating ${n(COUNT)} standard-site histories (Node ${process.version}) …`);
const histories = rawHistories(COUNT);
const observations = histories.reduce((sum, h) => sum + h.observations.length, 0);
const tenth = histories.slice(0, Math.floor(COUNT / 10));
const hot = histories.slice(0, HOT);
// The cache-resident runs classify the same few histories over and over, as many classifications as the full run.
const passes = Math.max(1, Math.floor(COUNT / HOT));
const expectedOf = (list: readonly History[]) => list.map((h) => floor(h));
const expected = new Map<readonly History[], string[]>(
  [histories, tenth, hot].map((list) => [list, expectedOf(list)]),
);

type Run = (list: readonly History[], out: (string | undefined)[]) => void | Promise<void>;
const classOf = (h: History) =>
  classify({ standard: h.standard, observations: h.observations, closures: h.closures, asOf: ASOF });
const floorRun: Run = (list, out) => {
  for (let i = 0; i < list.length; i++) out[i] = floor(list[i]!);
};
const classifyRun: Run = (list, out) => {
  for (let i = 0; i < list.length; i++) out[i] = classOf(list[i]!).class;
};
// Reasons and actions are built when first read; this variant reads them all, as a page showing every cell would.
const explainedRun: Run = (list, out) => {
  for (let i = 0; i < list.length; i++) {
    const r = classOf(list[i]!);
    if (r.reasons.length + r.actions.length > 0) out[i] = r.class;
  }
};
const engine = rulesEngine();
const engineRun: Run = async (list, out) => {
  for (let i = 0; i < list.length; i++) out[i] = await engineClass(engine, list[i]!);
};

/** One timed run of a contender over a list, `times` times over, with its classes checked on every history. */
async function timed(name: string, run: Run, list: readonly History[], times = 1): Promise<number> {
  const out = new Array<string | undefined>(list.length);
  const start = process.hrtime.bigint();
  for (let p = 0; p < times; p++) await run(list, out);
  const ms = since(start);
  const at = firstDisagreement(out, expected.get(list)!);
  if (at >= 0)
    throw new Error(
      `${name} disagrees with the floor on history ${at}: ${out[at]} vs ${expected.get(list)![at]}`,
    );
  return ms;
}

/** Contenders interleaved round by round, each warmed by one untimed run first; medians. */
async function rounds(
  contenders: Record<string, [Run, readonly History[], number?]>,
  count = ROUNDS,
): Promise<Map<string, number>> {
  const times = new Map<string, number[]>();
  for (const [name, [run, list, repeat]] of Object.entries(contenders)) {
    await timed(name, run, list, repeat);
    times.set(name, []);
  }
  for (let round = 0; round < count; round++)
    for (const [name, [run, list, repeat]] of Object.entries(contenders))
      times.get(name)!.push(await timed(name, run, list, repeat));
  return new Map([...times].map(([name, list]) => [name, median(list)]));
}

const distinct = await rounds({
  floor: [floorRun, histories],
  classify: [classifyRun, histories],
  explained: [explainedRun, histories],
  tenth: [classifyRun, tenth],
});
// The engine is slow enough that one timed run after a warm-up on the first histories is the median of one.
await timed('json-rules-engine', engineRun, hot);
const engineMs = await timed('json-rules-engine', engineRun, histories);
const cached = await rounds({
  floor: [floorRun, hot, passes],
  classify: [classifyRun, hot, passes],
});
const cachedEngineMs = await timed('json-rules-engine', engineRun, hot, passes);

const counts: Record<string, number> = {};
for (const c of expected.get(histories)!) counts[c] = (counts[c] ?? 0) + 1;
const share = (c: ComplianceClass) => n(counts[c] ?? 0);
results.table('distinct', {
  en: `${n(COUNT)} distinct histories, ${n(observations)} observations (${share('compliant')} compliant, ${share('nonCompliant')} non-compliant, ${share('undetermined')} undetermined, ${share('reboundProne')} rebound-prone)`,
  'zh-CN': `${n(COUNT)} 条不同的历史，${n(observations)} 条测评记录（达标 ${share('compliant')}、未达标 ${share('nonCompliant')}、未知可否达标 ${share('undetermined')}、易反弹 ${share('reboundProne')}）`,
});
const floorMs = distinct.get('floor')!;
const classifyMs = distinct.get('classify')!;
const versus = (ms: number, base: number) => ({
  en: `${n(Math.round(ms))} ms vs ${n(Math.round(base))} ms`,
  'zh-CN': `${n(Math.round(ms))} 毫秒对 ${n(Math.round(base))} 毫秒`,
});
results.figure({
  id: 'floor',
  measure: {
    en: 'floor: the four rules by hand, one flat loop over the raw observations, the class only',
    'zh-CN': '下限：手写四条规则，在原始测评记录上一次扁平循环，只给出类别',
  },
  value: floorMs,
  unit: 'ms',
  basis: {
    en: `median of ${ROUNDS} interleaved rounds, warmed`,
    'zh-CN': `${ROUNDS} 轮交替运行的中位数，已预热`,
  },
});
results.figure({
  id: 'classify',
  measure: {
    en: '`classify`: the class decided, its reasons and actions built when first read',
    'zh-CN': '`classify`：类别立即判定，理由和应做的工作在首次读取时生成',
  },
  value: classifyMs / floorMs,
  unit: 'x',
  basis: versus(classifyMs, floorMs),
  target: { comparison: '<=', value: 2, source: 'issue 14' },
});
results.figure({
  id: 'classify-explained',
  measure: {
    en: '`classify`, every reason and action read',
    'zh-CN': '`classify`，读取全部理由和应做的工作',
  },
  value: distinct.get('explained')! / floorMs,
  unit: 'x',
  basis: versus(distinct.get('explained')!, floorMs),
});
results.figure({
  id: 'engine',
  measure: {
    en: 'json-rules-engine 7: the raw history as its runtime fact, dynamic facts computed from it, `await engine.run` per history',
    'zh-CN':
      'json-rules-engine 7：原始历史作为运行时事实，其余事实由它动态计算，每条历史 `await engine.run` 一次',
  },
  value: engineMs / floorMs,
  unit: 'x',
  basis: {
    en: `${versus(engineMs, floorMs).en}; ${(engineMs / classifyMs).toFixed(0)}x \`classify\`; one timed run after a warm-up on ${n(HOT)} histories`,
    'zh-CN': `${versus(engineMs, floorMs)['zh-CN']}；为 \`classify\` 的 ${(engineMs / classifyMs).toFixed(0)} 倍；在 ${n(HOT)} 条历史上预热后计时运行一次`,
  },
});
results.figure({
  id: 'scaling',
  measure: {
    en: `\`classify\` on ${n(COUNT)} histories against a tenth of them`,
    'zh-CN': `\`classify\` 处理 ${n(COUNT)} 条历史对比其中十分之一`,
  },
  value: classifyMs / distinct.get('tenth')!,
  unit: 'x',
  basis: versus(classifyMs, distinct.get('tenth')!),
  target: { comparison: '<=', value: 11, source: 'issue 14' },
});

results.table('cached', {
  en: `Cache-resident: ${n(HOT)} histories classified ${n(passes)} times over`,
  'zh-CN': `常驻缓存：${n(HOT)} 条历史各判定 ${n(passes)} 次`,
});
const hotFloor = cached.get('floor')!;
results.figure({
  id: 'cached-classify',
  measure: { en: '`classify` against the floor', 'zh-CN': '`classify` 对比下限' },
  value: cached.get('classify')! / hotFloor,
  unit: 'x',
  basis: versus(cached.get('classify')!, hotFloor),
  target: { comparison: '<=', value: 2, source: 'issue 14' },
});
results.figure({
  id: 'cached-engine',
  measure: { en: 'json-rules-engine against the floor', 'zh-CN': 'json-rules-engine 对比下限' },
  value: cachedEngineMs / hotFloor,
  unit: 'x',
  basis: {
    en: `${versus(cachedEngineMs, hotFloor).en}, one run`,
    'zh-CN': `${versus(cachedEngineMs, hotFloor)['zh-CN']}，运行一次`,
  },
});

results.write();
