import type { ComplianceClass } from './classes.js';
import type { ClassificationPolicy } from './policy.js';
import { DAY_MS } from './time.js';

/** How an observation was judged when it was recorded (the standard's rule, applied once): a finding that fails. */
const FAIL = 0;
/** A finding that passes. */
const PASS = 1;
/** It could not be assessed. */
const NOT_ASSESSABLE = 2;
/** The unit's own self-check, failing. */
const SELF_FAIL = 3;
/** The unit's own self-check, passing: it does not clear a failing finding that is still valid. */
const SELF_PASS = 4;

/** The judgement code of an observation: how it fares under the rule, and whether it is the unit's self-check. */
export const judgedCode = (assessable: boolean, passes: boolean, selfCheck: boolean): number =>
  !assessable ? NOT_ASSESSABLE : selfCheck ? (passes ? SELF_PASS : SELF_FAIL) : passes ? PASS : FAIL;

/** The numbers of the four rules, read once from the policy and the standard. */
export interface CellRules {
  /** The rebound window in milliseconds. */
  windowMs: number;
  reboundFailures: number;
  /** For a behaviour or order standard, its lower bar; otherwise Infinity. */
  behaviourFailures: number;
  /** Whether a self-check pass clears a finding that still stands. */
  selfChecksClearFindings: boolean;
}

/** The numbers of the four rules for a standard, from the policy and whether it is a behaviour or order standard. */
export function cellRules(policy: ClassificationPolicy, behaviour: boolean): CellRules {
  return {
    windowMs: policy.reboundWindowDays * DAY_MS,
    reboundFailures: policy.reboundFailures,
    behaviourFailures: behaviour ? policy.behaviourReboundFailures : Number.POSITIVE_INFINITY,
    selfChecksClearFindings: policy.selfChecksClearFindings,
  };
}

/**
 * One standard at one scope, as the board keeps it: for each observation its instant, the end of its validity and how
 * it was judged, in one flat list of numbers (three per observation), with its id beside; and the instants of closed
 * rectifications a later failure counts as relapse against. No strings are read again.
 */
export interface CellHistory {
  /** `[at, validUntil, judged, at, validUntil, judged, …]`, in milliseconds. */
  data: number[];
  ids: string[];
  /** Instants of closed rectifications at this cell. */
  closures: readonly number[];
}

/** The class of a cell at `asOf`, by the four rules over the recorded numbers: the index path of classification. */
export function cellClass(h: CellHistory, asOf: number, rules: CellRules): ComplianceClass {
  const d = h.data;
  const windowStart = asOf - rules.windowMs;
  let has = false;
  let latestAt = Number.NEGATIVE_INFINITY;
  let latestPass = false;
  let latestSelf = false;
  let checkerAt = Number.NEGATIVE_INFINITY;
  let checkerPass = true;
  let failures = 0;
  let lastFailure = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < d.length; i += 3) {
    const at = d[i]!;
    const judged = d[i + 2]!;
    if (at > asOf || judged === NOT_ASSESSABLE) continue;
    const ok = judged === PASS || judged === SELF_PASS;
    if (!ok && at >= windowStart) {
      failures++;
      if (at > lastFailure) lastFailure = at;
    }
    if (d[i + 1]! < asOf) continue;
    if (!has || at > latestAt || (at === latestAt && latestPass && !ok)) {
      has = true;
      latestAt = at;
      latestPass = ok;
      latestSelf = judged >= SELF_FAIL;
    }
    if (judged < SELF_FAIL && (at > checkerAt || (at === checkerAt && checkerPass && !ok))) {
      checkerAt = at;
      checkerPass = ok;
    }
  }
  if (!has) return 'undetermined';
  if (!latestPass) return 'nonCompliant';
  // A self-check pass does not clear a finding that still stands.
  if (latestSelf && checkerAt > Number.NEGATIVE_INFINITY && !checkerPass && !rules.selfChecksClearFindings)
    return 'nonCompliant';
  if (failures === 0) return 'compliant';
  for (const closedAt of h.closures) if (closedAt <= asOf && lastFailure > closedAt) return 'reboundProne';
  if (failures >= rules.reboundFailures || failures >= rules.behaviourFailures) return 'reboundProne';
  return 'compliant';
}

/** What the board keeps of a cell at a moment: its class, when it may next change, and when it lapses. */
export interface CellState {
  cls: ComplianceClass;
  /**
   * The next instant after the moment at which the class may change with nothing new recorded: evidence dated later
   * comes into force, evidence expires, a failure leaves the rebound window, a closure takes effect. Infinity if none.
   */
  next: number;
  /** The first instant with no valid evidence left if nothing new is recorded (into 未知可否达标); Infinity if none now. */
  lapse: number;
}

/** The class, next change and lapse of a cell at `asOf`, in one pass over its numbers (two when evidence is dated later). */
export function judgeCell(h: CellHistory, asOf: number, rules: CellRules, out: CellState): CellState {
  const d = h.data;
  const windowMs = rules.windowMs;
  let next = Number.POSITIVE_INFINITY;
  let covered = Number.NEGATIVE_INFINITY;
  let later = false;
  for (let i = 0; i < d.length; i += 3) {
    const at = d[i]!;
    if (at > asOf) {
      later = true;
      if (at < next) next = at;
      continue;
    }
    const judged = d[i + 2]!;
    if (judged === NOT_ASSESSABLE) continue;
    const until = d[i + 1]!;
    if (until >= asOf) {
      if (until + 1 < next) next = until + 1;
      if (until > covered) covered = until;
    }
    if ((judged === FAIL || judged === SELF_FAIL) && at + windowMs >= asOf && at + windowMs + 1 < next)
      next = at + windowMs + 1;
  }
  for (const closedAt of h.closures) if (closedAt > asOf && closedAt < next) next = closedAt;
  out.cls = cellClass(h, asOf, rules);
  out.next = next;
  if (out.cls === 'undetermined') out.lapse = Number.POSITIVE_INFINITY;
  else if (!later) out.lapse = covered + 1;
  else {
    // Evidence dated later carries the cover on if it comes into force before the cover ends.
    for (let grew = true; grew; ) {
      grew = false;
      for (let i = 0; i < d.length; i += 3)
        if (d[i]! > asOf && d[i + 2] !== NOT_ASSESSABLE && d[i]! <= covered + 1 && d[i + 1]! > covered) {
          covered = d[i + 1]!;
          grew = true;
        }
    }
    out.lapse = covered + 1;
  }
  return out;
}

// Most cells hold a handful of observations: their lists are rebuilt at their exact length by concat (a push reserves
// room for 17 more, a spread more still), which keeps a district board of a million observations within its heap
// budget. Long lists grow by push.
const EXACT_UP_TO = 48;

/** Adds an observation's numbers; false when its id is already there (recording is idempotent). */
export function addEntry(
  h: CellHistory,
  id: string,
  at: number,
  validUntil: number,
  judged: number,
): boolean {
  if (h.ids.includes(id)) return false;
  if (h.ids.length < EXACT_UP_TO) {
    h.ids = h.ids.concat(id);
    h.data = h.data.concat(at, validUntil, judged);
  } else {
    h.ids.push(id);
    h.data.push(at, validUntil, judged);
  }
  return true;
}

/** Removes an observation by id; false when it is not there. */
export function removeEntry(h: CellHistory, id: string): boolean {
  const i = h.ids.indexOf(id);
  if (i < 0) return false;
  h.ids = h.ids.filter((_, j) => j !== i);
  h.data = h.data.filter((_, j) => j < i * 3 || j >= i * 3 + 3);
  return true;
}
