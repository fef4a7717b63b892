import type { FrameworkEdition } from './framework.js';
import type { AssessmentItem, Content, Indicator, Standard } from './standards.js';

/** Rounds a score to the edition's declared precision, as a decimal would be rounded (2.675 → 2.68). */
export function roundScore(value: number, precision: number): number {
  const factor = 10 ** precision;
  const scaled = value * factor;
  // A decimal such as 2.675 is stored a hair below itself; nudge by a few units in the last place so it rounds up,
  // then divide an integer by a power of ten, which gives the double that prints as the decimal.
  const rounded = Math.round(scaled + Math.abs(scaled) * Number.EPSILON * 8) / factor;
  return rounded === 0 ? 0 : rounded;
}

type Tier = AssessmentItem | Indicator | Content;
type Node = Tier | Standard;

function childrenOf(node: Node): Node[] {
  if ('standards' in node) return node.standards;
  if ('scoring' in node) return [];
  // An item may (wrongly) hold both shapes; validation reports that, and points still reach every standard.
  return [...((node as AssessmentItem).contents ?? []), ...((node as AssessmentItem).indicators ?? [])];
}

/** The points declared below a node, first declaration on each path down. */
function declaredBelow(node: Node): number {
  return childrenOf(node).reduce((sum, child) => sum + (child.points ?? declaredBelow(child)), 0);
}

/** The standards under a node whose points come from above: not declared by themselves or any tier in between. */
function openStandards(node: Node): Standard[] {
  if ('scoring' in node) return node.points === undefined ? [node] : [];
  return childrenOf(node).flatMap((child) => (child.points === undefined ? openStandards(child) : []));
}

/**
 * The points each standard is worth, by code. A standard that declares points keeps them. The points of a tier
 * (item, indicator, content) go first to the children that declare theirs, and what is left is shared equally by the
 * standards below that declare nothing, down to the next tier that declares points. Where no tier above declares any
 * (an edition published without weights), a standard's points are `null`.
 */
export function effectivePoints(framework: FrameworkEdition): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [standard, points] of pointsByStandard(framework)) out.set(standard.code, points);
  return out;
}

/** The points of each standard object, as {@link effectivePoints} computes them; safe with duplicate codes. */
export function pointsByStandard(framework: FrameworkEdition): Map<Standard, number | null> {
  const out = new Map<Standard, number | null>();
  const visit = (node: Node, inherited: number | null) => {
    if ('scoring' in node) {
      out.set(node, node.points ?? inherited);
      return;
    }
    const children = childrenOf(node);
    if (node.points === undefined) {
      for (const child of children) visit(child, inherited);
      return;
    }
    const declared = declaredBelow(node);
    const open = openStandards(node);
    const share = open.length > 0 ? Math.max(0, node.points - declared) / open.length : 0;
    for (const child of children) visit(child, child.points === undefined ? share : null);
  };
  for (const item of framework.items) visit(item, null);
  return out;
}
