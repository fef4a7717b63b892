import { type JsonSchemaDocument, toJsonSchemaDocument } from '@chuangwen/model';
import type { z } from 'zod';
import { ArchiveInventorySchema } from './archive-inventory.js';
import { ChecklistSchema } from './checklist.js';
import { CivilityTallySchema, ObservationSheetSchema } from './civility-sheet.js';
import { FIELD_DOCS } from './field-docs.js';
import { FrameworkEditionSchema } from './framework.js';
import { SiteTypeCatalogueSchema } from './site-types.js';

/** The checklist schemas published as JSON Schema files, by file name (without `.json`). */
export const CHECKLIST_JSON_SCHEMA_SOURCES = {
  framework: FrameworkEditionSchema,
  checklist: ChecklistSchema,
  'observation-sheet': ObservationSheetSchema,
  'civility-tally': CivilityTallySchema,
  'site-type-catalogue': SiteTypeCatalogueSchema,
  'archive-inventory': ArchiveInventorySchema,
} as const;

/** The name of a published checklist JSON Schema file. */
export type ChecklistJsonSchemaName = keyof typeof CHECKLIST_JSON_SCHEMA_SOURCES;

/** The checklist package's JSON Schema documents; they ship as `@chuangwen/checklists/json-schema/<name>.json`. */
export function checklistJsonSchemas(): Record<ChecklistJsonSchemaName, JsonSchemaDocument> {
  const out = {} as Record<ChecklistJsonSchemaName, JsonSchemaDocument>;
  for (const [name, schema] of Object.entries(CHECKLIST_JSON_SCHEMA_SOURCES) as [
    ChecklistJsonSchemaName,
    z.ZodType,
  ][]) {
    out[name] = toJsonSchemaDocument(
      schema,
      `urn:chuangwen:checklists:${name}`,
      `chuangwen ${name}`,
      FIELD_DOCS,
    );
  }
  return out;
}
