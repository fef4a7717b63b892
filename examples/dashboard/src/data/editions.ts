// The framework editions a dropped campaign file is judged against: the bundled samples the page carries, and any a
// person drops beside the campaign file. Only the file mode reads them (a service's view holds its own editions).
import type { FrameworkEdition } from '@chuangwen/checklists';
import { districtFramework, minorsFramework } from '@chuangwen/checklists/district';
import { type Campaign, mainEditionId } from '@chuangwen/model';
import { LoadError } from './load-error.js';

/** The editions the page knows: the bundled samples, and any a person dropped with their campaign file. */
const EDITIONS = new Map<string, FrameworkEdition>(
  [districtFramework, minorsFramework].map((edition) => [edition.id, edition]),
);

/**
 * Makes framework editions known to the page once the drop that brought them has been read whole, so a drop that fails
 * changes nothing the next one is judged against.
 */
export function addEditions(editions: ReadonlyMap<string, FrameworkEdition>): void {
  for (const [id, edition] of editions) EDITIONS.set(id, edition);
}

/** The edition the page already has under this id, to refuse a dropped one of the same id but other content. */
export function knownEdition(id: string): FrameworkEdition | undefined {
  return EDITIONS.get(id);
}

/** The refusal naming an edition the page does not have, and what to drop. */
function missing(id: string): LoadError {
  return new LoadError(
    `页面没有测评体系 ${id}：请把它的测评体系文件（JSON）与创建工作文件一起拖入（页面已有：${[...EDITIONS.keys()].join('、')}）`,
    `the page does not have framework edition ${id}: drop its framework file (JSON) together with the campaign file (the page has ${[...EDITIONS.keys()].join(', ')})`,
  );
}

/** The main framework edition of a campaign, or a refusal naming the edition the page does not have. */
function mainEdition(document: Campaign, dropped: ReadonlyMap<string, FrameworkEdition>): FrameworkEdition {
  const id = mainEditionId(document);
  const edition = dropped.get(id) ?? EDITIONS.get(id);
  if (!edition) throw missing(id);
  return edition;
}

/** Every edition a campaign names (its main one first), or a refusal naming the first the page does not have. */
export function editionsOf(
  document: Campaign,
  dropped: ReadonlyMap<string, FrameworkEdition> = new Map(),
): FrameworkEdition[] {
  const main = mainEdition(document, dropped);
  const others = document.frameworks
    .filter((f) => f.editionId !== main.id)
    .map((f) => dropped.get(f.editionId) ?? EDITIONS.get(f.editionId) ?? f.editionId);
  const absent = others.find((e) => typeof e === 'string');
  if (absent !== undefined) throw missing(absent);
  return [main, ...(others as FrameworkEdition[])];
}
