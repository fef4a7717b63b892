// The content the page carries with it: the framework editions it knows, the civility observation sheet and the site
// type catalogue, all from the bundled sample; and the civility tallies a document may carry as a host extension.
import {
  type CivilityTally,
  CivilityTallySchema,
  type FrameworkEdition,
  type ObservationSheet,
} from '@chuangwen/checklists';
import {
  civilitySheet,
  districtFramework,
  SAMPLE_CIVILITY_PASS_LINE,
  siteTypeCatalogue,
} from '@chuangwen/checklists/district';
import { type Campaign, type LocalizedText, mainEditionId } from '@chuangwen/model';
import { z } from 'zod';
import { LoadError } from './campaign-data.js';

/** The editions the page knows: the bundled sample, and any a person dropped with their campaign file. */
const EDITIONS = new Map<string, FrameworkEdition>([[districtFramework.id, districtFramework]]);

/** Makes a framework edition known to the page (one dropped beside a campaign file), in place of one of its id. */
export function addEdition(edition: FrameworkEdition): void {
  EDITIONS.set(edition.id, edition);
}

/** The main framework edition of a campaign, or a refusal naming the edition the page does not have. */
export function mainEdition(document: Campaign): FrameworkEdition {
  const id = mainEditionId(document);
  const edition = EDITIONS.get(id);
  if (!edition)
    throw new LoadError(
      `页面没有测评体系 ${id}：请把它的测评体系文件（JSON）与创建工作文件一起拖入（页面已有：${[...EDITIONS.keys()].join('、')}）`,
      `the page does not have framework edition ${id}: drop its framework file (JSON) together with the campaign file (the page has ${[...EDITIONS.keys()].join(', ')})`,
    );
  return edition;
}

/** The observation sheet civility tallies are read against. */
export const CIVILITY_SHEET: ObservationSheet = civilitySheet;

/**
 * The pass line a document's civility index is held to: its own (a host extension, `civilityPassLine`), else the
 * sample's, the one value the demo shows too.
 */
export function civilityPassLine(document: Campaign): number {
  const own = document.extensions?.civilityPassLine;
  return typeof own === 'number' && own > 0 && own <= 100 ? own : SAMPLE_CIVILITY_PASS_LINE;
}

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
