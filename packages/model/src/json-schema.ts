import { z } from 'zod';
import { AppraisalOutcomeSchema, UnitAppraisalSchema } from './appraisals.js';
import { ArchiveDocumentSchema } from './archive.js';
import { AssessmentRoundSchema } from './assessment-rounds.js';
import { CampaignSchema } from './campaign.js';
import { FIELD_DOCS } from './field-docs.js';
import { MeetingSchema } from './meetings.js';
import { ObservationSchema } from './observations.js';
import { PersonSchema } from './organisation.js';
import { RectificationSchema } from './rectifications.js';
import { REF_KEYWORD } from './references.js';
import { SiteSchema } from './sites.js';
import { SurveyResponseSchema } from './surveys.js';
import { TaskAssignmentSchema } from './tasks.js';
import { UnitSchema } from './units.js';

/** The schemas published as JSON Schema files, by file name (without `.json`). */
export const JSON_SCHEMA_SOURCES = {
  campaign: CampaignSchema,
  person: PersonSchema,
  unit: UnitSchema,
  site: SiteSchema,
  'task-assignment': TaskAssignmentSchema,
  observation: ObservationSchema,
  rectification: RectificationSchema,
  meeting: MeetingSchema,
  'archive-document': ArchiveDocumentSchema,
  'survey-response': SurveyResponseSchema,
  'unit-appraisal': UnitAppraisalSchema,
  'assessment-round': AssessmentRoundSchema,
  'appraisal-outcome': AppraisalOutcomeSchema,
} as const;

/** The name of a published JSON Schema file. */
export type JsonSchemaName = keyof typeof JSON_SCHEMA_SOURCES;

/** A JSON Schema document (draft 2020-12). */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * The annotation keywords the published JSON Schema files add to the standard vocabulary: `x-chuangwen-ref` marks a
 * field that refers to another record (its value says which kind). Validators ignore annotations, but a strict one
 * such as ajv wants them declared: `ajv.addVocabulary([...JSON_SCHEMA_KEYWORDS])`.
 */
export const JSON_SCHEMA_KEYWORDS = [REF_KEYWORD] as const;

/**
 * Converts any zod schema to a JSON Schema (draft 2020-12) describing the data as it may be written: fields with
 * defaults are optional, unknown keys are refused (`additionalProperties: false`), as in validation. Each field of an
 * object schema listed in `fieldDocs` is described as its doc comment says, so the JSON Schema and the API reference
 * say the same thing; the model's own fields are described by default.
 */
export function toJsonSchemaDocument(
  schema: z.ZodType,
  id: string,
  title: string,
  fieldDocs: ReadonlyMap<unknown, Readonly<Record<string, string>>> = FIELD_DOCS,
): JsonSchemaDocument {
  const body = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const docs = fieldDocs.get(zodSchema) ?? FIELD_DOCS.get(zodSchema);
      const properties = jsonSchema.properties;
      if (!docs || !properties) return;
      for (const [field, description] of Object.entries(docs)) {
        const property = properties[field];
        // A fresh object: a property's schema may be shared with other fields that have other meanings.
        if (property && typeof property === 'object') properties[field] = { ...property, description };
      }
    },
  });
  const { $schema, ...rest } = body as JsonSchemaDocument;
  return { $schema, $id: id, title, ...rest };
}

/**
 * The model's JSON Schema documents, for systems that are not TypeScript. The same documents ship in the package
 * as `@chuangwen/model/json-schema/<name>.json`.
 */
export function modelJsonSchemas(): Record<JsonSchemaName, JsonSchemaDocument> {
  const out = {} as Record<JsonSchemaName, JsonSchemaDocument>;
  for (const [name, schema] of Object.entries(JSON_SCHEMA_SOURCES) as [JsonSchemaName, z.ZodType][]) {
    out[name] = toJsonSchemaDocument(schema, `urn:chuangwen:model:${name}`, `chuangwen ${name}`);
  }
  return out;
}
