import type { Observation, Rectification, TaskAssignment } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  diffEditions,
  type FrameworkEdition,
  isEmptyDiff,
  mappingFromDiff,
  migrateRecords,
  validateFramework,
} from '../src/index.js';
import { standard, tinyFramework } from './sample.js';

const parse = (input: unknown): FrameworkEdition => {
  const result = validateFramework(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

/** Edition 2 differs from edition 1 by exactly one change of each kind. */
function editions() {
  const a = parse(tinyFramework());
  const next = tinyFramework() as any;
  next.id = 'tiny-2';
  const [a11, a12] = next.items[0].contents[0].standards;
  a11.text = { 'zh-CN': '标准A.1.1（修订）', en: 'Standard A.1.1 (revised)' }; // renamed
  a12.points = 3; // re-weighted (+1)
  const moved = next.items[0].contents[1].standards.pop(); // A.2.1 moves to B.x.1
  next.items[0].contents[1].standards.push(standard('A.2.9', { points: 2 })); // added
  next.items[0].points = 7;
  next.items[1].indicators[0].contents[0].standards.push(moved);
  next.items[1].indicators[0].contents[0].standards.shift(); // B.x.1.1 removed …
  const recoded = next.items[1].indicators[0].contents[0].standards.shift(); // … and B.x.1.2 renumbered
  next.items[1].indicators[0].contents[0].standards.push(
    { ...recoded, code: 'B.x.1.7' },
    { ...standard('B.x.1.8', { points: 1 }) },
  );
  next.items[0].contents[0].standards[0].scoring = {
    kind: 'stateDescription',
    bands: [
      { grade: 'A', maxViolations: 0, coefficient: 1 },
      { grade: 'C#', coefficient: 0 },
    ],
  }; // re-scored
  // The total is whatever the changed standards now add up to.
  next.totalPoints = next.items
    .flatMap((i: any) =>
      (i.contents ?? i.indicators.flatMap((n: any) => n.contents)).flatMap((c: any) => c.standards),
    )
    .reduce((s: number, x: any) => s + x.points, 0);
  delete next.items[0].points;
  return { a, b: parse(next) };
}

describe('diffEditions', () => {
  it('lists one change of each kind', () => {
    const { a, b } = editions();
    const diff = diffEditions(a, b);
    expect(diff.from).toBe('tiny-1');
    expect(diff.to).toBe('tiny-2');
    expect(diff.added.map((e) => e.code).sort()).toEqual(['A.2.9', 'B.x.1.8']);
    expect(diff.removed.map((e) => e.code)).toEqual(['B.x.1.1']);
    expect(diff.renamed).toEqual([
      {
        code: 'A.1.1',
        from: { 'zh-CN': '标准A.1.1', en: 'Standard A.1.1' },
        to: { 'zh-CN': '标准A.1.1（修订）', en: 'Standard A.1.1 (revised)' },
      },
    ]);
    expect(diff.reweighted).toEqual([{ code: 'A.1.2', from: 2, to: 3 }]);
    expect(diff.moved).toEqual([{ code: 'A.2.1', from: 'A / A.2', to: 'B / B.x / B.x.1' }]);
    expect(diff.recoded).toEqual([{ from: 'B.x.1.2', to: 'B.x.1.7' }]);
    expect(diff.rescored).toEqual([{ code: 'A.1.1', fields: ['scoring'] }]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('finds nothing between an edition and itself, and does not modify its inputs', () => {
    const { a, b } = editions();
    const before = JSON.stringify([a, b]);
    expect(isEmptyDiff(diffEditions(a, a))).toBe(true);
    diffEditions(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});

const observation = (id: string, standardRef: string): Observation => ({
  id,
  standardRef,
  scope: { kind: 'jurisdiction' },
  observedAt: '2026-04-01T09:00:00+08:00',
  method: 'fieldInspection',
  source: 'selfCheck',
  outcome: 'pass',
  evidence: [],
});
const task = (id: string, standardRefs: string[]): TaskAssignment => ({
  id,
  standardRefs,
  leadUnitIds: ['u1'],
  supportingUnitIds: [],
  deadline: { kind: 'standing', duty: 'routine' },
  frequency: 'oneOff',
  materialRequirements: [],
});

describe('migrateRecords', () => {
  it('carries records through the diff mapping and returns every one it could not map, with the reason', () => {
    const { a, b } = editions();
    const mapping = mappingFromDiff(a, diffEditions(a, b));
    const rectification: Rectification = {
      id: 'r1',
      standardRef: 'B.x.1.2',
      scope: { kind: 'jurisdiction' },
      description: '问题',
      reportedAt: '2026-04-01T09:00:00+08:00',
      status: 'assigned',
      supportingUnitIds: [],
      guarantorUnitIds: [],
      returnedCount: 0,
      evidence: [],
      repeatCount: 0,
    };
    const records = {
      observations: [
        observation('o1', 'A.1.1'),
        observation('o2', 'B.x.1.2'),
        observation('o3', 'B.x.1.1'),
        observation('o4', 'Z.9'),
      ],
      tasks: [task('t1', ['A.2.1', 'B.x.1.1']), task('t2', ['B.x.1.1']), task('t3', ['A.1.2'])],
      rectifications: [rectification],
    };
    const frozen = JSON.stringify(records);
    const result = migrateRecords(records, mapping);
    expect(JSON.stringify(records)).toBe(frozen);
    expect(result.observations.map((o) => [o.id, o.standardRef])).toEqual([
      ['o1', 'A.1.1'],
      ['o2', 'B.x.1.7'],
    ]);
    expect(result.tasks.map((t) => [t.id, t.standardRefs])).toEqual([
      ['t1', ['A.2.1']],
      ['t3', ['A.1.2']],
    ]);
    expect(result.rectifications.map((r) => r.standardRef)).toEqual(['B.x.1.7']);
    expect(result.unmapped.map((u) => [u.kind, u.id, u.code, u.partial])).toEqual([
      ['observation', 'o3', 'B.x.1.1', false],
      ['observation', 'o4', 'Z.9', false],
      ['task', 't1', 'B.x.1.1', true],
      ['task', 't2', 'B.x.1.1', false],
    ]);
    expect(result.unmapped[0]!.reason.en).toMatch(/removed/);
    expect(result.unmapped[1]!.reason['zh-CN']).toMatch(/映射中没有/);
    const total = records.observations.length + records.tasks.length + records.rectifications.length;
    const accounted = new Set(
      [...result.observations, ...result.tasks, ...result.rectifications]
        .map((r) => r.id)
        .concat(result.unmapped.map((u) => u.id)),
    );
    expect(accounted.size).toBe(total);
  });

  it('splits a task across the new codes and refuses to guess for a single observation', () => {
    const mapping = { 'A.1': ['B.1', 'B.2'], 'A.2': null };
    const result = migrateRecords(
      { observations: [observation('o1', 'A.1')], tasks: [task('t1', ['A.1', 'A.2'])] },
      mapping,
    );
    expect(result.observations).toEqual([]);
    expect(result.tasks[0]!.standardRefs).toEqual(['B.1', 'B.2']);
    expect(result.unmapped.map((u) => [u.id, u.code, u.partial])).toEqual([
      ['o1', 'A.1', false],
      ['t1', 'A.2', true],
    ]);
    expect(result.unmapped[0]!.reason.en).toMatch(/split into B.1, B.2/);
  });
});
