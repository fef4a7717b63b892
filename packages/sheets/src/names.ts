import type { Person, Unit, UnitKind } from '@chuangwen/model';
import { nearest, normalize } from './text.js';

// Names from cells never become object keys: every lookup is a Map, so a unit called "__proto__" or "constructor" is
// just an unknown name.

/** What a written name resolved to: the ids it stands for, or why it stands for none. */
export type NameMatch =
  | { ok: true; ids: string[] }
  | { ok: false; reason: 'unknown'; suggestion?: string }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

/** Suffixes offices add or drop when they write a unit's name (云溪街道 for 云溪街道办事处). */
const SUFFIXES = ['居民委员会', '村民委员会', '居委会', '村委会', '办事处', '有限公司'];

/** A name reduced for matching: normalised, with the suffix offices add or drop taken off. */
export function stem(name: string): string {
  const key = normalize(name);
  for (const suffix of SUFFIXES)
    if (key.endsWith(suffix) && key.length > suffix.length) return key.slice(0, -suffix.length);
  return key;
}

/** Words after 各 that stand for every unit of some kinds: 各社区, 各村, 各社区（村）, 各站办所. */
const EVERY: [RegExp, UnitKind[]][] = [
  [/^各(社区\(村\)|村\(社区\)|村居|村社区|社区村|村\(居\))$/, ['community', 'village']],
  [/^各(社区|居委会|社区居委会)$/, ['community']],
  [/^各(村|行政村|村委会)$/, ['village']],
  [/^各(站办所|科室|部门|办所|职能部门|委办局|成员单位)$/, ['department']],
  [/^各(学校|中小学|校)$/, ['school']],
  [/^各(医院|医疗机构)$/, ['hospital']],
  [/^各(市场|集贸市场|农贸市场)$/, ['market']],
  [/^各(窗口单位|窗口|服务窗口)$/, ['serviceWindow']],
  [/^各(企业|商户)$/, ['enterprise']],
  [/^各(街道|街镇|镇街|镇)$/, ['street', 'town']],
  [/^各(区|县|区县|县区|县\(市、?区\)|县市区)$/, ['district', 'county']],
];

/** Whether a written name stands for every unit of some kinds (各社区, 各站办所) rather than one unit. */
export function isCollective(written: string): boolean {
  const key = normalize(written);
  return EVERY.some(([pattern]) => pattern.test(key));
}

/** Matches unit names as offices write them to a campaign's units: by name or alias, full-width or half-width. */
export class UnitNames {
  private readonly exact = new Map<string, Set<string>>();
  private readonly stems = new Map<string, Set<string>>();
  /** Every name and alias, with the unit it stands for, so a suggestion names the unit rather than its alias. */
  private readonly names = new Map<string, string>();

  constructor(private readonly units: readonly Unit[]) {
    for (const unit of units) {
      for (const name of [unit.name, ...unit.aliases]) {
        if (!this.names.has(name)) this.names.set(name, unit.id);
        add(this.exact, normalize(name), unit.id);
        add(this.stems, stem(name), unit.id);
      }
    }
  }

  /** Resolves one written name (not a list): a unit, or every unit of a kind for 各社区 and the like. */
  match(written: string): NameMatch {
    const key = normalize(written);
    for (const [pattern, kinds] of EVERY) {
      if (pattern.test(key)) {
        const ids = this.units.filter((u) => kinds.includes(u.kind)).map((u) => u.id);
        return ids.length > 0 ? { ok: true, ids } : { ok: false, reason: 'unknown' };
      }
    }
    const hit = this.exact.get(key) ?? this.stems.get(stem(written));
    if (hit && hit.size === 1) return { ok: true, ids: [...hit] };
    if (hit && hit.size > 1)
      return { ok: false, reason: 'ambiguous', candidates: [...hit].map((id) => this.nameOf(id)) };
    const near = nearest(written, this.names.keys());
    return near === undefined
      ? { ok: false, reason: 'unknown' }
      : { ok: false, reason: 'unknown', suggestion: this.nameOf(this.names.get(near)!) };
  }

  /** A unit's name by id (the id itself for an unknown id). */
  nameOf(id: string): string {
    return this.units.find((u) => u.id === id)?.name ?? id;
  }
}

/** Matches people's names (a position in brackets after the name is ignored: 林晓（副主任）). */
export class PersonNames {
  private readonly byName = new Map<string, Set<string>>();
  private readonly names: string[];

  constructor(private readonly people: readonly Person[]) {
    for (const p of people) add(this.byName, normalize(p.name), p.id);
    this.names = people.map((p) => p.name);
  }

  match(written: string): NameMatch {
    const key = normalize(written).replace(/\(.*\)$/, '');
    const hit = this.byName.get(key);
    if (hit && hit.size === 1) return { ok: true, ids: [...hit] };
    if (hit && hit.size > 1) return { ok: false, reason: 'ambiguous', candidates: [...hit] };
    const suggestion = nearest(written, this.names);
    return suggestion === undefined
      ? { ok: false, reason: 'unknown' }
      : { ok: false, reason: 'unknown', suggestion };
  }

  nameOf(id: string): string {
    return this.people.find((p) => p.id === id)?.name ?? id;
  }
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}
