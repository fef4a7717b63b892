// Classes for a million standard-site histories, every contender starting from the same raw observations (JSON-parsed):
// the floor (the four rules by hand in one flat loop), the index path end to end (`cellIndexer` building each cell's
// index, then `cellClass`), and json-rules-engine set up as its documentation recommends. Then, over histories already
// recorded: `cellClass` on the built indexes, and a board of one cell per history re-judged in full (moved back a day)
// and moved forward a day. Every contender runs warmed, and its classes are checked against the floor's on every
// history after every timed run. Writes results/classes.json.
import { type ComplianceClass, cellClass, cellIndexer } from '@chuangwen/rules';
import {
  ASOF,
  ASOF_MS,
  boardClasses,
  boardOf,
  engineClass,
  firstDisagreement,
  floor,
  floorWithScan,
  rawHistories,
  rulesEngine,
} from './four-rules.js';
import { median, Results, since, size } from './results.js';

const results = new Results('classes', 'npm run build && npm run classes -w @chuangwen/benchmarks');
const COUNT = size(results, 'BENCH_HISTORIES', 1_000_000);
const ROUNDS = size(results, 'BENCH_ROUNDS', 5);
const DAY = 86_400_000;
const n = (value: number) => value.toLocaleString('en');

console.log(`generating ${n(COUNT)} standard-site histories (Node ${process.version}) …`);
const histories = rawHistories(COUNT);
const observations = histories.reduce((sum, h) => sum + h.observations.length, 0);
const expected = histories.map((h) => floor(h));
// One indexer per standard, as a service would keep one per standard of its framework.
const indexers = new Map(histories.map((h) => [h.standard.code, cellIndexer({ standard: h.standard })]));

/** Checks a contender's classes against the floor's, on every history. */
function agree(
  name: string,
  classes: readonly (string | undefined)[],
  against: readonly string[] = expected,
) {
  const at = firstDisagreement(classes, against);
  if (at >= 0)
    throw new Error(`${name} disagrees with the floor on history ${at}: ${classes[at]} vs ${against[at]}`);
}

/** Times contenders interleaved round by round after one warm run each; each run's classes are checked. */
function rounds(contenders: Record<string, (out: ComplianceClass[]) => void>): Map<string, number> {
  const times = new Map<string, number[]>();
  for (const [name, run] of Object.entries(contenders)) {
    const out = new Array<ComplianceClass>(COUNT);
    run(out);
    agree(name, out);
    times.set(name, []);
  }
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, run] of Object.entries(contenders)) {
      const out = new Array<ComplianceClass>(COUNT);
      const start = process.hrtime.bigint();
      run(out);
      times.get(name)!.push(since(start));
      agree(name, out);
    }
  return new Map([...times].map(([name, list]) => [name, median(list)]));
}

// 1. End to end from the raw observations.
const raw = rounds({
  floor: (out) => {
    for (let i = 0; i < COUNT; i++) out[i] = floor(histories[i]!);
  },
  'floor with a scan object': (out) => {
    for (let i = 0; i < COUNT; i++) out[i] = floorWithScan(histories[i]!);
  },
  'index path': (out) => {
    for (let i = 0; i < COUNT; i++) {
      const h = histories[i]!;
      const indexer = indexers.get(h.standard.code)!;
      out[i] = cellClass(indexer.index(h.observations, h.closures), ASOF_MS, indexer.rules);
    }
  },
});
const floorMs = raw.get('floor')!;
const indexMs = raw.get('index path')!;

// json-rules-engine: warmed on the first histories, then one timed run over all of them, every class checked.
const engine = rulesEngine();
for (const h of histories.slice(0, Math.min(COUNT, 20_000))) await engineClass(engine, h);
const byEngine = new Array<string | undefined>(COUNT);
const engineStart = process.hrtime.bigint();
for (let i = 0; i < COUNT; i++) byEngine[i] = await engineClass(engine, histories[i]!);
const engineMs = since(engineStart);
agree('json-rules-engine', byEngine);

results.table('raw', {
  en: `From the same raw observations: ${n(COUNT)} histories, ${n(observations)} observations, JSON-parsed`,
  'zh-CN': `从同样的原始测评记录出发：${n(COUNT)} 条历史、${n(observations)} 条测评记录，均经 JSON 解析`,
});
const versus = (ms: number, base: number, what = 'the floor') => ({
  en: `${n(Math.round(ms))} ms vs ${n(Math.round(base))} ms (${what})`,
  'zh-CN': `${n(Math.round(ms))} 毫秒对 ${n(Math.round(base))} 毫秒（${what === 'the floor' ? '下限' : '索引路径'}）`,
});
const medianOf = {
  en: `median of ${ROUNDS} interleaved rounds, warmed`,
  'zh-CN': `${ROUNDS} 轮交替运行的中位数，已预热`,
};
results.figure({
  id: 'floor',
  measure: {
    en: 'floor: the four rules by hand, one flat loop over the raw observations, nothing allocated, the class only',
    'zh-CN': '下限：手写四条规则，在原始测评记录上一次扁平循环，不分配对象，只给出类别',
  },
  value: floorMs,
  unit: 'ms',
  basis: medianOf,
});
results.figure({
  id: 'index-end-to-end',
  measure: {
    en: 'index path end to end: `cellIndexer(…).index` builds each cell’s index from the raw observations, then `cellClass`',
    'zh-CN': '索引路径（端到端）：`cellIndexer(…).index` 从原始测评记录建起每格的索引，再由 `cellClass` 判定',
  },
  value: indexMs / floorMs,
  unit: 'x',
  basis: versus(indexMs, floorMs),
  target: { comparison: '<=', value: 3, source: 'issue 26' },
});
results.figure({
  id: 'floor-with-scan',
  measure: {
    en: 'the same loop returning a result object and calling a closure per history (the floor this page used before)',
    'zh-CN': '同一循环，但每条历史返回一个结果对象并调用一个闭包（本页以前用的下限）',
  },
  value: raw.get('floor with a scan object')! / floorMs,
  unit: 'x',
  basis: versus(raw.get('floor with a scan object')!, floorMs),
});
results.figure({
  id: 'engine-vs-floor',
  measure: {
    en: 'json-rules-engine 7: the raw history as its runtime fact, dynamic facts computed from it, `await engine.run` per history',
    'zh-CN':
      'json-rules-engine 7：原始历史作为运行时事实，其余事实由它动态计算，每条历史 `await engine.run` 一次',
  },
  value: engineMs / floorMs,
  unit: 'x',
  basis: {
    en: `${versus(engineMs, floorMs).en}; one timed run after a warm-up on 20,000 histories`,
    'zh-CN': `${versus(engineMs, floorMs)['zh-CN']}；在 20,000 条历史上预热后计时运行一次`,
  },
});
results.figure({
  id: 'engine-vs-index',
  measure: {
    en: 'json-rules-engine against the index path end to end',
    'zh-CN': 'json-rules-engine 对比端到端的索引路径',
  },
  value: engineMs / indexMs,
  unit: 'x',
  basis: versus(engineMs, indexMs, 'the index path'),
  target: { comparison: '>=', value: 100, source: 'issue 14' },
});

// 2. Over recorded histories: the indexes built, and a board of one cell per history.
const cells = histories.map((h) => indexers.get(h.standard.code)!.index(h.observations, h.closures));
const rulesOf = histories.map((h) => indexers.get(h.standard.code)!.rules);
const recorded = rounds({
  'cellClass on the built index': (out) => {
    for (let i = 0; i < COUNT; i++) out[i] = cellClass(cells[i]!, ASOF_MS, rulesOf[i]!);
  },
});
const recordedMs = recorded.get('cellClass on the built index')!;

console.log(`building a board of ${n(COUNT)} cells …`);
const board = boardOf(histories);
agree('the board', boardClasses(board, histories));
const yesterday = new Date(ASOF_MS - DAY).toISOString();
const expectedYesterday = histories.map((h) => floor(h, ASOF_MS - DAY));
const changing = expected.filter((c, i) => c !== expectedYesterday[i]).length;
const backMs: number[] = [];
const forwardMs: number[] = [];
// One untimed round warms both moves; every round's classes are checked on every cell, both ways.
for (let round = 0; round <= ROUNDS; round++) {
  let start = process.hrtime.bigint();
  board.at(yesterday);
  const back = since(start);
  agree('the board moved back', boardClasses(board, histories), expectedYesterday);
  start = process.hrtime.bigint();
  board.at(ASOF);
  const forward = since(start);
  agree('the board moved forward', boardClasses(board, histories));
  if (round === 0) continue;
  backMs.push(back);
  forwardMs.push(forward);
}
const fullMs = median(backMs);
const dayMs = median(forwardMs);

results.table('recorded', {
  en: `Over the same histories already recorded (each index built once, a board of ${n(COUNT)} cells), against the floor above`,
  'zh-CN': `在已记录的同样历史上（每格索引已建好，判定板共 ${n(COUNT)} 格），对比上表的下限`,
});
results.figure({
  id: 'index-recorded',
  measure: {
    en: '`cellClass` on the built indexes (what judging again at another moment costs)',
    'zh-CN': '在已建好的索引上运行 `cellClass`（在另一时刻重新判定的开销）',
  },
  value: recordedMs / floorMs,
  unit: 'x',
  basis: versus(recordedMs, floorMs),
});
results.figure({
  id: 'board-full',
  measure: {
    en: 'the board re-judged in full: `at` one day back, every cell’s class, next change and lapse, and the roll-ups',
    'zh-CN': '判定板全部重新判定：`at` 回退一天，每格的类别、下次变化时刻、失效时刻及各级汇总',
  },
  value: fullMs / floorMs,
  unit: 'x',
  basis: {
    en: `${versus(fullMs, floorMs).en}; median of ${ROUNDS}, warmed`,
    'zh-CN': `${versus(fullMs, floorMs)['zh-CN']}；${ROUNDS} 次的中位数，已预热`,
  },
});
results.figure({
  id: 'board-forward',
  measure: {
    en: 'the board moved forward one day: `at` re-judges only the cells with something due',
    'zh-CN': '判定板前进一天：`at` 只重新判定有到期事项的格',
  },
  value: dayMs,
  unit: 'ms',
  basis: {
    en: `${n(changing)} cells change class that day; ${((dayMs / fullMs) * 100).toFixed(1)}% of a full re-judgement; median of ${ROUNDS}`,
    'zh-CN': `当天有 ${n(changing)} 格类别变化；为全部重新判定的 ${((dayMs / fullMs) * 100).toFixed(1)}%；${ROUNDS} 次的中位数`,
  },
});

results.write();
