import { z } from 'zod';
import { AppraisalOutcomeSchema, UnitAppraisalSchema } from './appraisals.js';
import { ArchiveDocumentSchema } from './archive.js';
import { AssessmentRoundSchema } from './assessment-rounds.js';
import { WorkingCalendarSchema } from './calendar.js';
import { CampaignSchema } from './campaign.js';
import { CategoryTableSchema } from './channels.js';
import { FIELD_DOCS } from './field-docs.js';
import { MeetingSchema } from './meetings.js';
import { ObservationSchema } from './observations.js';
import { PersonSchema } from './organisation.js';
import { RectificationSchema } from './rectifications.js';
import { REF_KEYWORD } from './references.js';
import { SiteSchema } from './sites.js';
import { SurveyResponseSchema } from './surveys.js';
import { TaskAssignmentSchema } from './tasks.js';
import { HotlineTicketSchema, UrbanCaseSchema } from './tickets.js';
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
  'working-calendar': WorkingCalendarSchema,
  'category-table': CategoryTableSchema,
  'hotline-ticket': HotlineTicketSchema,
  'urban-case': UrbanCaseSchema,
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
  const body = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
  describeFields(schema, body, (s) => fieldDocs.get(s) ?? FIELD_DOCS.get(s), 0);
  const { $schema, ...rest } = body as JsonSchemaDocument;
  return { $schema, $id: id, title, ...rest };
}

type Json = Record<string, unknown>;
// Schemas that describe the same JSON node as the schema they wrap (nullable: the first branch of its anyOf).
const INNER: Record<string, (def: Json) => unknown> = {
  optional: (d) => d.innerType,
  default: (d) => d.innerType,
  prefault: (d) => d.innerType,
  readonly: (d) => d.innerType,
  nonoptional: (d) => d.innerType,
  catch: (d) => d.innerType,
  nullable: (d) => d.innerType,
  pipe: (d) => d.in,
  lazy: (d) => (d.getter as () => unknown)(),
};

/**
 * Walks a zod schema and the JSON Schema zod made of it side by side, and describes each documented field of each
 * object. Done on the finished document, not while zod builds it: a schema used twice is filled in late.
 */
function describeFields(
  schema: unknown,
  node: unknown,
  docsOf: (schema: unknown) => Readonly<Record<string, string>> | undefined,
  depth: number,
  outer?: Readonly<Record<string, string>>,
): void {
  const def = (schema as { _zod?: { def?: Json } })?._zod?.def;
  if (!def || depth > 64 || node === null || typeof node !== 'object') return;
  const json = node as Json;
  const next = (s: unknown, n: unknown) => describeFields(s, n, docsOf, depth + 1);
  const type = def.type as string;
  const inner = INNER[type];
  if (inner) {
    // A schema documented as a whole (an object with a transform, documented under the transform's name) passes its
    // docs to the object it wraps.
    describeFields(
      inner(def),
      type === 'nullable' ? ((json.anyOf as unknown[] | undefined)?.[0] ?? json) : json,
      docsOf,
      depth + 1,
      docsOf(schema) ?? outer,
    );
    return;
  }
  if (type === 'array' || type === 'record') {
    next(
      type === 'array' ? def.element : def.valueType,
      type === 'array' ? json.items : json.additionalProperties,
    );
    return;
  }
  if (type === 'union') {
    const options = def.options as unknown[];
    const branches = (json.oneOf ?? json.anyOf) as unknown[] | undefined;
    if (branches?.length === options.length) for (const [i, o] of options.entries()) next(o, branches[i]);
    return;
  }
  if (type === 'intersection') {
    const both = json.allOf as unknown[] | undefined;
    next(def.left, both?.[0]);
    next(def.right, both?.[1]);
    return;
  }
  if (type !== 'object') return;
  const properties = json.properties as Record<string, unknown> | undefined;
  if (!properties) return;
  const docs = docsOf(schema) ?? outer;
  for (const [field, fieldSchema] of Object.entries(def.shape as Record<string, unknown>)) {
    next(fieldSchema, properties[field]);
    const description = docs?.[field];
    const property = properties[field];
    // A fresh object: a property's schema may be shared with other fields that have other meanings.
    if (description !== undefined && property && typeof property === 'object')
      properties[field] = { ...(property as Json), description };
  }
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
