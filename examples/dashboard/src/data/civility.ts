// The public civility index (公共文明指数) of a campaign, from the civility tallies its document carries as a host
// extension (the model has no field for them), against the bundled sample observation sheet and a pass line.
import { type CivilityTally, CivilityTallySchema } from '@chuangwen/checklists';
import { civilitySheet, SAMPLE_CIVILITY_PASS_LINE } from '@chuangwen/checklists/district';
import type { Campaign } from '@chuangwen/model';
import { type CivilityIndex, civilityIndex } from '@chuangwen/rules';
import { z } from 'zod';

/**
 * The pass line a document's civility index is held to: its own (a host extension, `civilityPassLine`), else the
 * sample's, the one value the demo shows too.
 */
export function civilityPassLine(document: Campaign | undefined): number {
  const own = document?.extensions?.civilityPassLine;
  return typeof own === 'number' && own > 0 && own <= 100 ? own : SAMPLE_CIVILITY_PASS_LINE;
}

/** Where a document keeps its civility tallies. */
const CIVILITY_TALLIES_KEY = 'civilityTallies';

/** The civility tallies a document carries, or undefined when it carries none (or none readable). */
function civilityTallies(document: Campaign | undefined): CivilityTally[] | undefined {
  const raw = document?.extensions?.[CIVILITY_TALLIES_KEY];
  if (raw === undefined) return undefined;
  const parsed = z.array(CivilityTallySchema).safeParse(raw);
  return parsed.success && parsed.data.length > 0 ? parsed.data : undefined;
}

/** The civility index by site type from the document's tallies; undefined when it holds none. */
export function civilityOf(document: Campaign | undefined): CivilityIndex | undefined {
  const tallies = civilityTallies(document);
  return tallies && civilityIndex({ sheet: civilitySheet, tallies, passLine: civilityPassLine(document) });
}
