// The framework editions this service knows: the bundled sample, and any a host puts in FRAMEWORKS_DIR.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  archiveInventory,
  type FrameworkEdition,
  listStandards,
  validateFramework,
} from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { type CampaignConfig, campaignConfig } from '@chuangwen/machine';
import { type Campaign, mainEditionId } from '@chuangwen/model';

/**
 * Framework editions by id, and each campaign's configuration built once from its document. Campaign documents do not
 * change once stored here, so the configuration (and the machine built for it) is kept for the process's life.
 */
export class Frameworks {
  private readonly editions = new Map<string, FrameworkEdition>();
  private readonly configs = new Map<string, CampaignConfig>();

  constructor(editions: readonly FrameworkEdition[]) {
    for (const edition of editions) this.editions.set(edition.id, edition);
  }

  /** The bundled sample edition, the ones given, and every valid `*.json` edition in a folder (a bad one stops the start). */
  static load(extra: readonly FrameworkEdition[] = [], dir?: string): Frameworks {
    const found: FrameworkEdition[] = [districtFramework, ...extra];
    if (dir)
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const checked = validateFramework(JSON.parse(readFileSync(join(dir, file), 'utf8')));
        if (!checked.ok)
          throw new Error(
            `framework ${file} is invalid: ${checked.issues
              .slice(0, 3)
              .map((i) => `${i.pointer} ${i.message.en}`)
              .join('; ')}`,
          );
        found.push(checked.value);
      }
    return new Frameworks(found);
  }

  edition(id: string): FrameworkEdition | undefined {
    return this.editions.get(id);
  }

  /** The standard codes of an edition, for validating a campaign that names it. */
  standardCodes(id: string): string[] | undefined {
    const edition = this.editions.get(id);
    return edition && listStandards(edition).map((l) => l.standard.code);
  }

  /** A campaign's configuration: the main edition's archive inventory and standards, its sites and units. */
  configOf(document: Campaign): CampaignConfig {
    const known = this.configs.get(document.id);
    if (known) return known;
    const edition = this.editions.get(mainEditionId(document));
    const config = campaignConfig({
      ...(edition ? { readiness: { inventory: archiveInventory(edition) } } : {}),
      sites: document.sites,
      units: document.units,
      standardCodes: document.frameworks.flatMap((f) => this.standardCodes(f.editionId) ?? []),
    });
    this.configs.set(document.id, config);
    return config;
  }
}
