// One observation recorded through the record (validated, authorised, chained, and applied to the record's own board
// by delta) against classifying the one cell it touches with `classify` from its observations, on a 5,000-site board
// over the 72 standards of the sample district framework. Beside them, the floor of any audited recording of the same
// observation: its entry written with `JSON.stringify`, keyed with one HMAC-SHA-256 and kept (filled with the same
// observations as the record, so it holds as many entries), the board updated by delta.
import { createHmac, createSecretKey } from 'node:crypto';
import type { FrameworkEdition, Standard } from '@chuangwen/checklists';
import { createRandom } from '@chuangwen/fixtures';
import { type Actor, MemoryRecord, recordedFramework } from '@chuangwen/machine';
import type { Observation } from '@chuangwen/model';
import { ComplianceBoard, classify } from '@chuangwen/rules';
import { configurationParts, shapeOf } from './mix.js';
import { type Bilingual, type Figure, median, type Results, since, size } from './results.js';

/** Records the board figure into the current table. */
export function classifyAgainstRecording(
  results: Results,
  options: { key: string; framework: FrameworkEdition; standards: readonly Standard[] },
): void {
  const total = size(results, 'BENCH_BOARD_OBSERVATIONS', 1_000_000);
  const batch = size(results, 'BENCH_BOARD_BATCH', 2_000);
  const standards = new Map(options.standards.map((s) => [s.code, s]));
  const codes = [...standards.keys()];
  const shape = shapeOf(100, 50, codes);
  const sites = [...shape.sites].flatMap(([unit, list]) => list.map((id) => ({ id, unit })));
  let tick = 0;
  const stamp = (t: number) => new Date(Date.parse('2026-03-01T09:00:00+08:00') + t * 30_000).toISOString();
  const at = () => stamp(tick++);
  const record = new MemoryRecord(
    {
      campaignId: 'c-board',
      at: at(),
      units: Object.fromEntries(shape.units.map((u) => [u, 'responsible'])),
    },
    shape.office,
    {
      key: options.key,
      configuration: {
        ...configurationParts(shape),
        frameworks: [recordedFramework(options.framework, 'main')],
      },
    },
  );
  const rng = createRandom(17);
  const cells = new Map<string, Observation[]>();
  let n = 0;
  /** A fresh observation at a random cell, with the event that records it. */
  const next = () => {
    const site = sites[rng.int(0, sites.length - 1)]!;
    const code = codes[rng.int(0, codes.length - 1)]!;
    const when = at();
    const fail = rng.chance(0.3);
    const observation: Observation = {
      id: `b${n++}`,
      standardRef: code,
      scope: { kind: 'site', siteId: site.id },
      observedAt: when,
      method: 'fieldInspection',
      source: 'supervisionCheck',
      outcome: fail ? 'fail' : 'pass',
      violationCount: fail ? 1 : 0,
      evidence: [],
    };
    const actor: Actor = {
      id: `p-inspector-${site.unit}`,
      role: 'inspector',
      assignment: { siteIds: [], unitIds: [site.unit] },
    };
    return {
      observation,
      event: { type: 'observation.recorded', at: when, actor, observation },
      key: `${code}|${site.id}`,
    };
  };
  const keep = (o: { observation: Observation; key: string }) => {
    const list = cells.get(o.key) ?? [];
    list.push(o.observation);
    cells.set(o.key, list);
  };
  // The floor's own board and chain: the least any audited recording does, with nothing read, checked or projected.
  const parts = configurationParts(shape);
  // Judging at the same moment as the board outside the record below: the moment the fill ends.
  const floorBoard = new ComplianceBoard({
    framework: options.framework,
    asOf: stamp(tick + total),
    sites: parts.sites ?? [],
    units: parts.units ?? [],
  });
  let floorHash = '0'.repeat(64);
  let floorSeq = 0;
  // The same key object the record makes once, and the same fields the record's entry holds: the sender and time beside
  // the event, the receipt, the outcome, the stream, its sequence, the record's position and the previous hash.
  const floorKey = createSecretKey(new TextEncoder().encode(options.key));
  // Kept, as the record keeps every entry it writes: the same number of entries as the record holds.
  const floorEntries: { body: string; hash: string }[] = [];
  const floor = (o: ReturnType<typeof next>) => {
    const body = JSON.stringify({
      at: o.event.at,
      actor: o.event.actor,
      event: o.event,
      receivedAt: o.event.at,
      outcome: 'applied',
      stream: 'evidence',
      seq: floorSeq,
      pos: floorSeq++,
      prevHash: floorHash,
    });
    floorHash = createHmac('sha256', floorKey).update(floorHash).update(body).digest('hex');
    floorEntries.push({ body, hash: floorHash });
    floorBoard.record(o.observation);
  };
  // Both filled alike: every observation recorded through the record and through the floor.
  for (let i = 0; i < total; i++) {
    const o = next();
    const r = record.dispatch(o.event, o.event.at);
    if (!r.accepted) throw new Error(`observation refused: ${r.rejection?.reason.en}`);
    floor(o);
    keep(o);
  }
  // The same board outside the record, from the same configuration and observations: its own share of recording.
  const alone = new ComplianceBoard({
    framework: options.framework,
    asOf: at(),
    sites: parts.sites ?? [],
    units: parts.units ?? [],
  });
  for (const list of cells.values()) alone.recordAll(list);
  const recordMs: number[] = [];
  const classifyMs: number[] = [];
  const aloneMs: number[] = [];
  const floorMs: number[] = [];
  // One untimed round, then seven timed ones; in each, the same cells are classified and then recorded into.
  for (let round = 0; round < 8; round++) {
    const fresh = Array.from({ length: batch }, next);
    const inputs = fresh.map((o) => ({
      standard: standards.get(o.observation.standardRef!)!,
      observations: [...(cells.get(o.key) ?? []), o.observation],
      asOf: o.observation.observedAt,
    }));
    let start = process.hrtime.bigint();
    for (const input of inputs) classify(input).class;
    const classified = since(start);
    start = process.hrtime.bigint();
    for (const o of fresh) record.dispatch(o.event, o.event.at);
    const recorded = since(start);
    start = process.hrtime.bigint();
    for (const o of fresh) alone.record(o.observation);
    const boardOnly = since(start);
    start = process.hrtime.bigint();
    for (const o of fresh) floor(o);
    const floored = since(start);
    for (const o of fresh) keep(o);
    if (round === 0) continue;
    classifyMs.push(classified / batch);
    recordMs.push(recorded / batch);
    aloneMs.push(boardOnly / batch);
    floorMs.push(floored / batch);
  }
  const board = record.projection.compliance();
  if (!board) throw new Error('the record must keep a board');
  const perRecord = median(recordMs) * 1000;
  const perClassify = median(classifyMs) * 1000;
  const perBoard = median(aloneMs) * 1000;
  const perFloor = median(floorMs) * 1000;
  const held = total + 8 * batch;
  results.figure({
    id: 'board-record-vs-classify',
    measure: {
      en: `one observation recorded through the record (its board updated inside it), against classifying the cell it touches, ${held.toLocaleString('en')} observations held`,
      'zh-CN': `通过记录登记一条测评记录（记录内的判定板随之更新），对比对其所在单元格做一次分类，记录中共 ${held.toLocaleString('en')} 条测评记录`,
    },
    value: perRecord / perClassify,
    unit: 'x',
    basis: {
      en: `${perRecord.toFixed(1)} µs vs ${perClassify.toFixed(1)} µs: medians of 7 batches of ${batch.toLocaleString('en')}, warmed`,
      'zh-CN': `${perRecord.toFixed(1)} 微秒对 ${perClassify.toFixed(1)} 微秒：7 批（每批 ${batch.toLocaleString('en')} 条）的中位数，已预热`,
    },
    target: { comparison: '<=', value: 5, source: 'issue 19' },
  });
  /** A ratio of two per-observation times from the same batches, with both times as its basis. */
  const sameBatches = (id: string, measure: Bilingual, a: number, b: number, target?: Figure['target']) =>
    results.figure({
      id,
      measure,
      value: a / b,
      unit: 'x',
      basis: {
        en: `${a.toFixed(1)} µs vs ${b.toFixed(1)} µs, the same batches`,
        'zh-CN': `${a.toFixed(1)} 微秒对 ${b.toFixed(1)} 微秒，同一批数据`,
      },
      ...(target ? { target } : {}),
    });
  sameBatches(
    'board-delta-vs-classify',
    {
      en: 'its share: the same observation recorded into the same board outside the record (`ComplianceBoard.record`), against classifying the cell',
      'zh-CN':
        '其中判定板的部分：同一条测评记录登记进记录外的同一判定板（`ComplianceBoard.record`），对比对该单元格做一次分类',
    },
    perBoard,
    perClassify,
    // What issue 14 held to 5x (one observation recorded into the board), which issue 19 keeps from regressing.
    { comparison: '<=', value: 5, source: 'issues 14 and 19' },
  );
  sameBatches(
    'board-floor-vs-classify',
    {
      en: 'the floor of any audited recording of the same observation (its entry written with `JSON.stringify`, keyed with one HMAC-SHA-256 and kept with as many entries as the record holds, the board updated by delta), against classifying the cell',
      'zh-CN':
        '任何留痕登记同一条测评记录的下限（用 `JSON.stringify` 写出条目、计算一次 HMAC-SHA-256，与记录所存同样多的条目一起保存，判定板按增量更新），对比对该单元格做一次分类',
    },
    perFloor,
    perClassify,
  );
  sameBatches(
    'board-record-vs-floor',
    {
      en: 'one observation recorded through the record, against that floor',
      'zh-CN': '通过记录登记一条测评记录，对比上述下限',
    },
    perRecord,
    perFloor,
  );
}
