// The framework editions this service knows: the bundled sample, and any a host puts in FRAMEWORKS_DIR.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FrameworkEdition, listStandards, validateFramework } from '@chuangwen/checklists';
import { districtFramework, minorsFramework } from '@chuangwen/checklists/district';
import { type Configuration, configurationOf } from '@chuangwen/machine';
import type { Campaign } from '@chuangwen/model';

/** Framework editions by id, and the configuration a campaign document gives with them. */
export class Frameworks {
  private readonly editions = new Map<string, FrameworkEdition>();

  constructor(editions: readonly FrameworkEdition[]) {
    for (const edition of editions) this.editions.set(edition.id, edition);
  }

  /** The bundled sample editions, the ones given, and every valid `*.json` edition in a folder (a bad one stops the start). */
  static load(extra: readonly FrameworkEdition[] = [], dir?: string): Frameworks {
    const found: FrameworkEdition[] = [districtFramework, minorsFramework, ...extra];
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

  /** The standard codes of every edition known, by edition: what a posted document is validated against. */
  codes(): Record<string, string[]> {
    return Object.fromEntries(
      [...this.editions].map(([id, e]) => [id, listStandards(e).map((l) => l.standard.code)]),
    );
  }

  /** The editions a document names that this service does not know. */
  unknown(document: Campaign): string[] {
    return document.frameworks.map((f) => f.editionId).filter((id) => !this.editions.has(id));
  }

  /** The configuration a campaign document gives, recorded when it is imported into its record. */
  configurationFor(document: Campaign): Configuration {
    return configurationOf(document, { editions: [...this.editions.values()] });
  }
}
