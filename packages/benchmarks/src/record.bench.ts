// The campaign's record at district scale: the cost of one dispatch as the record grows (the 100,000th event against
// the 100th), events per second on a campaign of 1,000 units, 3,000 standards and 10,000 rectifications, the size of
// the campaign snapshot, verification of a keyed chain, and a megabyte of hostile nesting refused.

import {
  type Actor,
  campaignConfig,
  chainHasher,
  emptyHead,
  type Head,
  MemoryRecord,
  type StoredEntry,
  verifyChain,
} from '@chuangwen/machine';
import { chainEntry } from '@chuangwen/machine/internal';
import { BUILT_IN_WORKING_GROUP_KINDS, validateCampaign } from '@chuangwen/model';

const office: Actor = { id: 'p-office', role: 'office' };
const supervisor: Actor = { id: 'p-sup', role: 'supervisionGroup' };
const inspector: Actor = { id: 'p-insp', role: 'inspector', assignment: { siteIds: [], unitIds: [] } };
const KEY = 'benchmark-audit-key-0123456789abcdef';
let minute = 0;
const at = () =>
  new Date(Date.parse('2026-03-01T09:00:00+08:00') + (minute++ % 500_000) * 60_000).toISOString();
const codeOf = (i: number) =>
  `${String(Math.floor(i / 100) + 1).padStart(2, '0')}.${String(Math.floor((i % 100) / 10) + 1).padStart(2, '0')}.${String((i % 10) + 1).padStart(2, '0')}`;

/** A campaign record of `units` units and `standards` standards, its board reported and every unit's team formed. */
function campaign(units: number, standards: number) {
  const ids = Array.from({ length: units }, (_, i) => `u${i}`);
  const codes = Array.from({ length: standards }, (_, i) => codeOf(i));
  const sites = ids.map((unitId, i) => ({ id: `s${i}`, responsibleUnitId: unitId }));
  const record = new MemoryRecord(
    {
      campaignId: 'c-bench',
      at: at(),
      units: Object.fromEntries(ids.map((id, i) => [id, i % 5 ? 'responsible' : 'lead'])),
    },
    office,
    { key: KEY, config: campaignConfig({ units: ids.map((id) => ({ id })), sites, standardCodes: codes }) },
  );
  const send = (e: object) => {
    const r = record.dispatch({ at: at(), ...e });
    if (r.rejection) throw new Error(`${JSON.stringify(e).slice(0, 200)}: ${r.rejection.reason.en}`);
  };
  send({ type: 'organisation.leadingGroupFormed', actor: office });
  for (const group of BUILT_IN_WORKING_GROUP_KINDS)
    send({ type: 'organisation.workingGroupStaffed', actor: office, group });
  send({
    type: 'board.updated',
    actor: office,
    standards: Object.fromEntries(codes.map((c, i) => [c, i % 9 ? 'compliant' : 'nonCompliant'])),
  });
  for (const unitId of ids) send({ type: 'unit.teamFormed', actor: office, unitId });
  return { record, send, ids, codes };
}

/** The n-th event of a steady mix: a problem found and handed over, fixed and closed; evidence; meetings. */
function mixed(n: number, ids: string[], codes: string[]): object[] {
  const rid = `r${n}`;
  const unit = ids[n % ids.length]!;
  const staff: Actor = { id: `p-${unit}`, role: 'unitStaff', unitId: unit };
  return [
    {
      type: 'rectification.reported',
      actor: supervisor,
      rectificationId: rid,
      standardRef: codes[n % codes.length],
      scope: { kind: 'unit', unitId: unit },
      description: '占道经营',
    },
    {
      type: 'rectification.assigned',
      actor: office,
      rectificationId: rid,
      leadUnitId: unit,
      deadline: `2026-0${(n % 9) + 1}-15`,
    },
    {
      type: 'observation.recorded',
      actor: { ...inspector, assignment: { siteIds: [], unitIds: [unit] } },
      observation: {
        id: `o${n}`,
        standardRef: codes[n % codes.length],
        scope: { kind: 'unit', unitId: unit },
        observedAt: '2026-04-01T10:00:00+08:00',
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
      },
    },
    { type: 'rectification.started', actor: staff, rectificationId: rid },
    { type: 'rectification.submitted', actor: staff, rectificationId: rid, evidence: [`d${n}`] },
    { type: 'rectification.closed', actor: supervisor, rectificationId: rid },
    { type: 'meeting.recorded', actor: office, kind: 'workMeeting', meetingId: `m${n}`, date: '2026-04-02' },
  ];
}

const perEvent = (fn: () => number) => {
  const start = process.hrtime.bigint();
  const events = fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / events;
};

// 1. The cost of one event as the record grows: windows of 7,000 events after 100 and after 100,000.
{
  const { send, ids, codes } = campaign(100, 300);
  let n = 0;
  const window = () =>
    perEvent(() => {
      for (let i = 0; i < 1000; i++) for (const e of mixed(n++, ids, codes)) send(e);
      return 7000;
    });
  const early: number[] = [];
  const late: number[] = [];
  for (let round = 0; round < 3; round++) early.push(window());
  while (n < 100_000 / 7) for (const e of mixed(n++, ids, codes)) send(e);
  for (let round = 0; round < 3; round++) late.push(window());
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  console.log(
    `dispatch per event: ${(med(early) * 1000).toFixed(1)} µs near the start, ${(med(late) * 1000).toFixed(1)} µs after 100,000 events: ${(med(late) / med(early)).toFixed(2)}x (target ≤ 1.5x)`,
  );
}

// 2. Events per second on a campaign of 1,000 units, 3,000 standards and 10,000 rectifications; and its snapshot.
{
  const { record, send, ids, codes } = campaign(1000, 3000);
  for (let i = 0; i < 10_000; i++) for (const e of mixed(i, ids, codes).slice(0, 2)) send(e);
  const size = Buffer.byteLength(JSON.stringify(record.campaign));
  let n = 10_000;
  const rates: number[] = [];
  for (let round = 0; round < 3; round++)
    rates.push(
      1000 /
        perEvent(() => {
          for (let i = 0; i < 1000; i++) for (const e of mixed(n++, ids, codes)) send(e);
          return 7000;
        }),
    );
  rates.sort((a, b) => a - b);
  console.log(
    `1,000 units, 3,000 standards, ${(n - 3000).toLocaleString('en')}+ rectifications: ${Math.round(rates[1]!).toLocaleString('en')} events/s (target ≥ 5,000)`,
  );
  console.log(
    `campaign snapshot of 1,000 units and 3,000 standards: ${(size / 1024).toFixed(0)} KiB (target < 256 KB)`,
  );
}
{
  const { record, send, ids, codes } = campaign(100, 300);
  for (let i = 0; i < 1000; i++) for (const e of mixed(i, ids, codes)) send(e);
  console.log(
    `campaign snapshot of 100 units and 300 standards with 1,000 rectifications: ${(Buffer.byteLength(JSON.stringify(record.campaign)) / 1024).toFixed(1)} KiB (target < 64 KB)`,
  );
}

// 3. Verifying a keyed chain of 100,000 entries read from storage, of short entries (a meeting) and of typical ones
// (an observation with its measures and evidence); against the floor, node:crypto's HMAC of each entry and nothing else.
for (const [label, payload] of [
  [
    'meeting entries',
    (i: number) => ({
      type: 'meeting.recorded',
      actor: office,
      kind: 'workMeeting',
      meetingId: `m${i}`,
      date: '2026-04-02',
      at: at(),
    }),
  ],
  [
    'observation entries',
    (i: number) => ({
      type: 'observation.recorded',
      actor: inspector,
      at: at(),
      observation: {
        id: `o-2026-${i}`,
        standardRef: codeOf(i % 300),
        scope: { kind: 'site', siteId: `site-${i % 5000}` },
        observedAt: at(),
        method: 'covertInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
        violationCount: 2,
        finding: '门前堆放杂物，占道经营，未落实门前三包责任制',
        evidence: [`photo-${i}-1`, `photo-${i}-2`],
        inspectorId: 'p-inspector-007',
      },
    }),
  ],
] as const) {
  const hasher = chainHasher(KEY);
  const genesis = emptyHead(hasher, 'c-bench', 'campaign').hash;
  let head: Head = emptyHead(hasher, 'c-bench', 'campaign');
  const entries: StoredEntry[] = [];
  let bytes = 0;
  for (let i = 0; i < 100_000; i++) {
    const chained = chainEntry(
      'campaign',
      head,
      { at: at(), actor: office, outcome: 'applied', event: payload(i) },
      hasher,
    );
    entries.push({ body: chained.body, hash: chained.entry.hash });
    bytes += Buffer.byteLength(chained.body);
    head = chained.head;
  }
  const rate = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(0);
  const rows: Record<string, number[]> = { floor: [], chain: [], parsed: [] };
  const { createHmac } = await import('node:crypto');
  for (let round = 0; round < 5; round++) {
    let start = process.hrtime.bigint();
    let prev = genesis;
    for (const e of entries) prev = createHmac('sha256', KEY).update(prev).update(e.body).digest('hex');
    rows.floor!.push(Number(process.hrtime.bigint() - start) / 1e6);
    for (const parse of [false, true]) {
      start = process.hrtime.bigint();
      const check = verifyChain('campaign', entries, {
        hasher,
        genesis,
        anchor: { stream: 'campaign', ...head },
        parse,
      });
      rows[parse ? 'parsed' : 'chain']!.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!check.ok) throw new Error('the chain must verify');
    }
  }
  const med = (xs: number[]) => xs.sort((x, y) => x - y)[2]!;
  console.log(
    `keyed chain of 100,000 ${label} (${(bytes / 1e6).toFixed(1)} MB): floor (createHmac per entry, nothing else) ${rate(med(rows.floor!))} MB/s; verifyChain ${rate(med(rows.chain!))} MB/s (target ≥ 100 MB/s); with every entry parsed for replay ${rate(med(rows.parsed!))} MB/s`,
  );
}

// 4. A megabyte of nested __proto__ keys, refused by validation in one bounded pass.
{
  const depth = 75_000;
  const hostile = JSON.parse(`${'{"__proto__":'.repeat(depth)}{}${'}'.repeat(depth)}`);
  const start = process.hrtime.bigint();
  const result = validateCampaign({ units: hostile });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${((depth * 15) / 2 ** 20).toFixed(2)} MiB of nested __proto__ refused in ${ms.toFixed(1)} ms (${result.ok ? 'accepted!' : result.issues[0]!.code}; target well under 1 s)`,
  );
}
