import { MaterialRequirementSchema } from '@chuangwen/model';
import { z } from 'zod';
import { type FrameworkEdition, listStandards } from './framework.js';
import { CodeSchema } from './text.js';

/** The material the archive must hold for one standard, each requirement with its count. */
export const InventoryEntrySchema = z.strictObject({
  standardRef: CodeSchema,
  itemCode: CodeSchema,
  requirements: z.array(MaterialRequirementSchema).min(1),
});
/** The material the archive must hold for one standard. */
export interface InventoryEntry extends z.infer<typeof InventoryEntrySchema> {}

/** The archive inventory of an edition (创文档案清单): one entry per standard that requires material. */
export const ArchiveInventorySchema = z.strictObject({
  editionId: CodeSchema,
  entries: z.array(InventoryEntrySchema),
});
/** The archive inventory of an edition. */
export interface ArchiveInventory extends z.infer<typeof ArchiveInventorySchema> {}

/** Derives the archive inventory of an edition from its standards' material requirements. */
export function archiveInventory(framework: FrameworkEdition): ArchiveInventory {
  const entries: InventoryEntry[] = [];
  for (const { standard, item } of listStandards(framework)) {
    if (standard.materialRequirements.length === 0) continue;
    entries.push({
      standardRef: standard.code,
      itemCode: item.code,
      requirements: standard.materialRequirements.map((r) => ({ ...r })),
    });
  }
  return { editionId: framework.id, entries };
}
