// The campaign's record at district scale, with the board inside it and the realistic mix (src/mix.ts): one event at
// the 100,000th against the 100th, events per second on 1,000 units / 3,000 standards / 10,000 rectifications, one
// recorded observation against classifying one cell on a 5,000-site × 72-standard board, keyed verification of a
// chain and of a whole record, and a megabyte of hostile nesting. Every timed part runs after the JIT is warmed on a
// throwaway record. Writes results/record.json.
import { defineFramework, listStandards } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { syntheticFramework, syntheticStandardCodes } from '@chuangwen/fixtures';
import { validateCampaign } from '@chuangwen/model';
import { verifyChains } from './chain-verification.js';
import { MIX_DESCRIPTION, shapeOf } from './mix.js';
import { classifyAgainstRecording } from './record-board.js';
import { fill, KEY, newRecord, nextEvents, send } from './record-driver.js';
import { median, Results, since, size } from './results.js';

const results = new Results('record', 'npm run build && npm run record -w @chuangwen/benchmarks');
const EVENTS = size(results, 'BENCH_RECORD_EVENTS', 100_000);
const WINDOW = size(results, 'BENCH_WINDOW_EVENTS', 1_000);
const ROUNDS = size(results, 'BENCH_ROUNDS', 5);
// The district: 1,000 units of 5 sites each, a framework of 3,000 standards.
const codes = syntheticStandardCodes(20, 10, 15);
const framework = defineFramework(syntheticFramework(codes) as never);
const district = shapeOf(1000, 5, codes);
console.log(`Node ${process.version}; the mix: ${MIX_DESCRIPTION.en}\n`);

// Warm the JIT on a throwaway record first, so no window below is a cold one.
{
  const throwaway = newRecord(district, framework);
  fill(throwaway, 20_000);
}

/** Sections 1 and 2, in a function so their records are dropped before the board is built. */
function atDistrictScale() {
  // 1. One event at the 100,000th against the 100th: early windows on fresh records at their 100th event, late windows
  // on one record past its 100,000th, interleaved round by round so machine noise hits both alike.
  results.table('record', {
    en: 'The record at district scale (1,000 units, 5,000 sites, 3,000 standards, the board inside the record)',
    'zh-CN': '区级规模的记录（1,000 个单位、5,000 个点位、3,000 条测评标准，判定板在记录内）',
  });
  const early = Array.from({ length: ROUNDS }, () => {
    const r = newRecord(district, framework);
    fill(r, 100);
    return r;
  });
  const late = newRecord(district, framework);
  fill(late, EVENTS);
  const earlyMs: number[] = [];
  const lateMs: number[] = [];
  const lateByKind = new Map<string, number[]>();
  const earlyByKind = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    lateMs.push(send(late, nextEvents(late, WINDOW), lateByKind) / WINDOW);
    const r = early[round]!;
    earlyMs.push(send(r, nextEvents(r, WINDOW), earlyByKind) / WINDOW);
  }
  const perEarly = median(earlyMs) * 1000;
  const perLate = median(lateMs) * 1000;
  const rectifications = EVENTS / 10;
  results.figure({
    id: 'dispatch-flatness',
    measure: {
      en: `one event (the realistic mix) after ${EVENTS.toLocaleString('en')} events, against one after 100`,
      'zh-CN': `第 ${EVENTS.toLocaleString('en')} 个事件之后的一个事件（贴近实际的组合），对比第 100 个之后的`,
    },
    value: perLate / perEarly,
    unit: 'x',
    basis: {
      en: `${perLate.toFixed(0)} µs vs ${perEarly.toFixed(0)} µs: medians of ${ROUNDS} windows of ${WINDOW.toLocaleString('en')} events each, warmed`,
      'zh-CN': `${perLate.toFixed(0)} 微秒对 ${perEarly.toFixed(0)} 微秒：各 ${ROUNDS} 个窗口（每个 ${WINDOW.toLocaleString('en')} 个事件）的中位数，已预热`,
    },
    target: { comparison: '<=', value: 1.5, source: 'issue 19' },
  });
  results.figure({
    id: 'events-per-second',
    measure: {
      en: `events per second on 1,000 units, 3,000 standards and ${rectifications.toLocaleString('en')} rectifications`,
      'zh-CN': `1,000 个单位、3,000 条标准、${rectifications.toLocaleString('en')} 个整改问题时每秒处理的事件数`,
    },
    value: 1000 / median(lateMs),
    unit: 'events/s',
    basis: {
      en: `the windows after ${EVENTS.toLocaleString('en')} events above`,
      'zh-CN': `即上一行第 ${EVENTS.toLocaleString('en')} 个事件之后的窗口`,
    },
    target: { comparison: '>=', value: 5000, source: 'issue 19' },
  });
  const snapshotKiB = Buffer.byteLength(JSON.stringify(late.record.campaign)) / 1024;
  results.figure({
    id: 'snapshot-size',
    measure: {
      en: `campaign snapshot after ${(EVENTS + ROUNDS * WINDOW).toLocaleString('en')} events (1,000 units, 3,000 standards)`,
      'zh-CN': `${(EVENTS + ROUNDS * WINDOW).toLocaleString('en')} 个事件之后的活动快照（1,000 个单位、3,000 条标准）`,
    },
    value: snapshotKiB,
    unit: 'KiB',
    target: { comparison: '<', value: 250, source: 'issue 14 (256 KB)' },
  });

  results.table('kinds', {
    en: `One event by kind, after ${EVENTS.toLocaleString('en')} events (medians of single events; after 100 events in brackets)`,
    'zh-CN': `按事件类型，第 ${EVENTS.toLocaleString('en')} 个事件之后的单个事件耗时（单个事件的中位数；括号内为第 100 个事件之后）`,
  });
  for (const [kind, times] of [...lateByKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = median(earlyByKind.get(kind) ?? [Number.NaN]) * 1000;
    results.figure({
      id: `kind-${kind.replace(/[^a-z.]+/gi, '-')}`,
      measure: { en: kind, 'zh-CN': kind },
      value: median(times) * 1000,
      unit: 'µs',
      basis: {
        en: `${times.length.toLocaleString('en')} events (${before.toFixed(0)} µs)`,
        'zh-CN': `${times.length.toLocaleString('en')} 个事件（${before.toFixed(0)} 微秒）`,
      },
    });
  }

  // 2. Keyed verification: a chain of 100,000 entries (verifyChain, hashes and anchor) against createHmac per entry;
  // then the whole late record verified with its key alone, replay included.
  results.table('verify', {
    en: 'Verification with the audit key',
    'zh-CN': '用审计密钥校验',
  });
  verifyChains(results, KEY);
  {
    let bytes = 0;
    for (const stream of late.record.streamIds())
      for (const e of late.record.entries(stream)) bytes += Buffer.byteLength(e.body);
    const start = process.hrtime.bigint();
    const verdict = late.record.verify();
    const ms = since(start);
    if (!verdict.ok) throw new Error(`the record must verify: ${JSON.stringify(verdict.problems[0])}`);
    const entries = late.record.position.pos;
    results.figure({
      id: 'verify-record',
      measure: {
        en: `a whole record verified (\`MemoryRecord.verify\`: chains, replay of every event, projections compared), ${entries.toLocaleString('en')} entries`,
        'zh-CN': `整条记录校验（\`MemoryRecord.verify\`：哈希链、逐个事件重放、投影比对），${entries.toLocaleString('en')} 条`,
      },
      value: bytes / 1e6 / (ms / 1000),
      unit: 'MB/s',
      basis: {
        en: `${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s, one run`,
        'zh-CN': `${(bytes / 1e6).toFixed(1)} MB，用时 ${(ms / 1000).toFixed(1)} 秒，运行一次`,
      },
    });
  }
}
atDistrictScale();

// 3. One recorded observation against classifying one cell, on a 5,000-site × 72-standard board.
results.table('board', {
  en: 'The board inside the record (100 units of 50 sites, the 72 standards of the sample district framework)',
  'zh-CN': '记录内的判定板（100 个单位、每个 50 个点位，示例区级测评体系的 72 条标准）',
});
classifyAgainstRecording(results, {
  key: KEY,
  framework: districtFramework,
  standards: listStandards(districtFramework).map((l) => l.standard),
});

// 4. A megabyte of nested __proto__ keys, refused by validation in one bounded pass.
results.table('hostile', { en: 'Hostile input', 'zh-CN': '恶意输入' });
{
  const depth = 75_000;
  const hostile = JSON.parse(`${'{"__proto__":'.repeat(depth)}{}${'}'.repeat(depth)}`);
  const times: number[] = [];
  let code = '';
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const result = validateCampaign({ units: hostile });
    times.push(since(start));
    if (result.ok) throw new Error('hostile nesting must be refused');
    code = result.issues[0]!.code;
  }
  results.figure({
    id: 'hostile-nesting',
    measure: {
      en: `\`validateCampaign\` refusing ${((depth * 15) / 2 ** 20).toFixed(2)} MiB of nested \`__proto__\` keys (${depth.toLocaleString('en')} levels)`,
      'zh-CN': `\`validateCampaign\` 拒绝 ${((depth * 15) / 2 ** 20).toFixed(2)} MiB 的嵌套 \`__proto__\` 键（${depth.toLocaleString('en')} 层）`,
    },
    value: median(times),
    unit: 'ms',
    basis: { en: `median of 5, first issue \`${code}\``, 'zh-CN': `5 次的中位数，首个问题 \`${code}\`` },
    target: { comparison: '<', value: 1000, source: 'issue 14' },
  });
}

results.write();
