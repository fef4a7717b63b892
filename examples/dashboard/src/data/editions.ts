// The content the page carries with it: the framework editions it knows, the civility observation sheet and the site
// type catalogue, all from the bundled sample; and the civility tallies a document may carry as a host extension.
import {
  type CivilityTally,
  CivilityTallySchema,
  type FrameworkEdition,
  type ObservationSheet,
} from '@chuangwen/checklists';
import { civilitySheet, districtFramework, siteTypeCatalogue } from '@chuangwen/checklists/district';
import { type Campaign, type LocalizedText, mainEditionId } from '@chuangwen/model';
import { z } from 'zod';
import { LoadError } from './campaign-data.js';

const EDITIONS: readonly FrameworkEdition[] = [districtFramework];

/** The main framework edition of a campaign, or a refusal naming the edition the page does not carry. */
export function mainEdition(document: Campaign): FrameworkEdition {
  const id = mainEditionId(document);
  const edition = EDITIONS.find((e) => e.id === id);
  if (!edition)
    throw new LoadError(
      `页面未内置测评体系 ${id}（内置：${EDITIONS.map((e) => e.id).join('、')}）`,
      `the page does not carry framework edition ${id} (it carries ${EDITIONS.map((e) => e.id).join(', ')})`,
    );
  return edition;
}

/** The observation sheet civility tallies are read against. */
export const CIVILITY_SHEET: ObservationSheet = civilitySheet;

/** Where a document keeps its civility tallies: the model has no field for them, so a host extension holds them. */
const CIVILITY_TALLIES_KEY = 'civilityTallies';

/** The civility tallies a document carries, or undefined when it carries none (or none readable). */
export function civilityTallies(document: Campaign): CivilityTally[] | undefined {
  const raw = document.extensions?.[CIVILITY_TALLIES_KEY];
  if (raw === undefined) return undefined;
  const parsed = z.array(CivilityTallySchema).safeParse(raw);
  return parsed.success && parsed.data.length > 0 ? parsed.data : undefined;
}

/** A site type's name from the catalogue, or its code when the catalogue does not list it. */
export function siteTypeName(code: string): LocalizedText | string {
  return siteTypeCatalogue.types.find((t) => t.code === code)?.name ?? code;
}
