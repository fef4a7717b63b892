/**
 * Bundled sample content: a district framework edition with 10 major items, the six special-rectification checklists,
 * a public civility observation sheet, a site type catalogue and the archive inventory. Every piece is marked
 * `sample: true`; it is modelled on public local practice and is not an official text.
 *
 * @packageDocumentation
 */
import { type ArchiveInventory, archiveInventory } from '../archive-inventory.js';
import { districtFramework } from './framework.js';

export { rectificationChecklists } from './checklists.js';
export { civilitySheet } from './civility-sheet.js';
export { districtFramework } from './framework.js';
export { siteTypeCatalogue } from './site-types.js';

/** The archive inventory of the sample district framework: the material categories each standard needs. */
export const districtArchiveInventory: ArchiveInventory = archiveInventory(districtFramework);
