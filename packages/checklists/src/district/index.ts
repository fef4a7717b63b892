/**
 * Bundled sample content to start from: a district framework edition with 10 major items and 100 points (with its
 * method pools, material window and cycle weights), a companion minors' assessment, the district's annual results over
 * a cycle, the six special-rectification checklists, a public civility observation sheet, a site type
 * catalogue, the archive inventory, and the seed work plan's street as a campaign template (organisation, budget,
 * cadence, task decomposition). Every piece is marked as a sample: frameworks and checklists are modelled on public
 * local practice and are not official texts, and every person and place in the template is fictional.
 *
 * @packageDocumentation
 */
import { type ArchiveInventory, archiveInventory } from '../archive-inventory.js';
import { districtFramework } from './framework.js';

export { rectificationChecklists } from './checklists.js';
export { civilitySheet, SAMPLE_CIVILITY_PASS_LINE } from './civility-sheet.js';
export { districtFramework } from './framework.js';
export { minorsFramework } from './minors-framework.js';
export { sampleDistrictResults } from './sample-results.js';
export { SAMPLE_NOTICE, SEED_CADENCE, sampleStreetCampaign } from './sample-street.js';
export { siteTypeCatalogue } from './site-types.js';

/** The archive inventory of the sample district framework: the material each standard needs, with counts. */
export const districtArchiveInventory: ArchiveInventory = archiveInventory(districtFramework);
