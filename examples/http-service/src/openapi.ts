// The routes, once: the server registers them from this table and the OpenAPI 3.1 description is generated from it and
// from the zod schemas the routes validate with, so Java teams can generate a client that matches the service.
import { CampaignSchema, toJsonSchemaDocument } from '@chuangwen/model';
import { z } from 'zod';
import { MEDIA_TYPES } from './media-checks.js';
import {
  AsOfQuerySchema,
  AuditPageSchema,
  AuditQuerySchema,
  CampaignEventSchema,
  CampaignSummarySchema,
  EventOutcomeSchema,
  EvidenceQuerySchema,
  HistoryQuerySchema,
  ProblemSchema,
  ScheduleQuerySchema,
  VerificationSchema,
  VerifyBodySchema,
  VerifyQuerySchema,
} from './schemas.js';

type Json = Record<string, unknown>;

/** One route: how it is called, what it takes and what it answers. */
export interface RouteSpec {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  summary: string;
  query?: z.ZodObject;
  body?: string;
  /** The body is the bytes of an image, not JSON. */
  bodyImage?: boolean;
  /** The answer is the bytes of an image, not JSON. */
  okImage?: boolean;
  bodyLimit?: number;
  ok: { status: number; schema: string | z.ZodType };
  errors: number[];
}

/** Every route of the service. */
export const ROUTES = [
  {
    name: 'openapi',
    method: 'GET',
    url: '/openapi.json',
    summary: 'This description (OpenAPI 3.1)',
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [],
  },
  {
    name: 'createCampaign',
    method: 'POST',
    url: '/campaigns',
    summary: 'Create a campaign from its document, which lands whole in its record (201 with Location)',
    body: 'Campaign',
    bodyLimit: 8 * 1024 * 1024,
    ok: {
      status: 201,
      schema: z.strictObject({ id: z.string(), state: z.string(), rectifications: z.int() }),
    },
    errors: [400, 401, 403, 409, 413, 422, 503],
  },
  {
    name: 'getCampaign',
    method: 'GET',
    url: '/campaigns/:id',
    summary: 'State, cycle, phase history and countdown',
    query: AsOfQuerySchema,
    ok: { status: 200, schema: CampaignSummarySchema },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getView',
    method: 'GET',
    url: '/campaigns/:id/view',
    summary:
      'The campaign whole, as every host reads it: phase, readiness, board, ledger, schedule, evidence counts',
    query: AsOfQuerySchema,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getStandard',
    method: 'GET',
    url: '/campaigns/:id/standards/:code',
    summary: "A standard on the board: its class, derived class, any override, and each cell's class",
    query: AsOfQuerySchema,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getCell',
    method: 'GET',
    url: '/campaigns/:id/standards/:code/cells/:cell',
    summary:
      "Why a cell has its class: the classification's reasons and actions, and the observations it holds",
    query: AsOfQuerySchema,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getHistory',
    method: 'GET',
    url: '/campaigns/:id/history',
    summary: 'The board over time: totals per class at each point, judged on the evidence in force now',
    query: HistoryQuerySchema,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'postEvent',
    method: 'POST',
    url: '/campaigns/:id/events',
    summary: 'Send an event (the actor from the headers; an Idempotency-Key makes a retry safe)',
    body: 'CampaignEventBody',
    ok: { status: 200, schema: EventOutcomeSchema },
    errors: [400, 401, 403, 404, 409, 413, 422, 503],
  },
  {
    name: 'putMedia',
    method: 'PUT',
    url: '/campaigns/:id/media/:sha256',
    summary:
      'Upload a photo under its SHA-256 (checked on receipt, with its size, type and header); evidence refers to it as media:sha256:<hex>. 201 when stored, 200 when already held',
    bodyImage: true,
    ok: {
      status: 201,
      schema: z.strictObject({
        sha256: z.string(),
        type: z.string(),
        bytes: z.int(),
        uri: z.string(),
        stored: z.boolean(),
      }),
    },
    errors: [400, 401, 403, 404, 413, 415, 422, 503],
  },
  {
    name: 'getMedia',
    method: 'GET',
    url: '/campaigns/:id/media/:sha256',
    summary: 'A photo the evidence refers to, as uploaded (immutable: its address is its hash)',
    okImage: true,
    ok: { status: 200, schema: z.string() },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getDocument',
    method: 'GET',
    url: '/campaigns/:id/document',
    summary: 'The campaign document as stored (validated, migrated)',
    ok: { status: 200, schema: 'Campaign' },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getEvidence',
    method: 'GET',
    url: '/campaigns/:id/evidence',
    summary: 'The evidence held: observations, documents, survey returns, with status',
    query: EvidenceQuerySchema,
    ok: { status: 200, schema: z.strictObject({ items: z.array(z.record(z.string(), z.unknown())) }) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getHeads',
    method: 'GET',
    url: '/campaigns/:id/heads',
    summary: "Every stream's head: poll it to see that something changed",
    ok: { status: 200, schema: z.strictObject({ heads: z.array(z.record(z.string(), z.unknown())) }) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getBoard',
    method: 'GET',
    url: '/campaigns/:id/board',
    summary: 'The four-way board from the evidence in force, each derived class beside any override',
    query: AsOfQuerySchema,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getReadiness',
    method: 'GET',
    url: '/campaigns/:id/readiness',
    summary: 'Whether the current phase may end, with its blockers',
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getLedger',
    method: 'GET',
    url: '/campaigns/:id/ledger',
    summary: 'The rectification ledger with overdue flags',
    query: AsOfQuerySchema,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getSchedule',
    method: 'GET',
    url: '/campaigns/:id/schedule',
    summary: 'The re-inspection schedule: cells about to lapse into 未知可否达标',
    query: ScheduleQuerySchema,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()) },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'getAudit',
    method: 'GET',
    url: '/campaigns/:id/audit',
    summary: "A page of a stream's entries, and every stream's head",
    query: AuditQuerySchema,
    ok: { status: 200, schema: AuditPageSchema },
    errors: [400, 401, 404, 503],
  },
  {
    name: 'verifyAudit',
    method: 'GET',
    url: '/campaigns/:id/audit/verify',
    summary:
      "Verify what was appended since the last run (or the whole record, ?full=true) against the store's own heads",
    query: VerifyQuerySchema,
    ok: { status: 200, schema: VerificationSchema },
    errors: [400, 401, 403, 404, 503],
  },
  {
    name: 'verifyAuditAgainstAnchors',
    method: 'POST',
    url: '/campaigns/:id/audit/verify',
    summary: 'Verify the whole record against heads (and a position) kept elsewhere',
    body: 'VerifyRequest',
    ok: { status: 200, schema: VerificationSchema },
    errors: [400, 401, 403, 404, 503],
  },
] as const satisfies readonly RouteSpec[];

/** The name of a route. */
export type RouteName = (typeof ROUTES)[number]['name'];

const schemaOf = (schema: z.ZodType): Json => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Json;
  return rest;
};

/** An event as a client sends it: without `actor` (it comes from the headers) and with `at` optional. */
function eventBodySchema(): Json {
  const event = schemaOf(CampaignEventSchema);
  const strip = (variant: Json): Json => {
    const properties = { ...(variant.properties as Json) };
    delete properties.actor;
    return {
      ...variant,
      properties,
      required: ((variant.required as string[]) ?? []).filter((r) => r !== 'actor' && r !== 'at'),
    };
  };
  const key = Array.isArray(event.oneOf) ? 'oneOf' : 'anyOf';
  return { ...event, [key]: (event[key] as Json[]).map(strip) };
}

/** The image types a photo is uploaded and served as. */
const IMAGE_TYPES = Object.keys(MEDIA_TYPES);

const openApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}');

let cached: Json | undefined;

/** The service's OpenAPI 3.1 description. */
export function openApiDocument(): Json {
  if (cached) return cached;
  const {
    $schema: _d,
    $id: _i,
    ...campaign
  } = toJsonSchemaDocument(CampaignSchema, 'urn:chuangwen:model:campaign', 'Campaign');
  const problem = {
    description: 'Problem details (RFC 9457), in Chinese and English',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  const paths: Json = {};
  for (const route of ROUTES as readonly RouteSpec[]) {
    const path = openApiPath(route.url);
    const parameters: Json[] = [];
    for (const [, name] of route.url.matchAll(/:([A-Za-z]+)/g))
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    if (route.query)
      for (const [name, field] of Object.entries(route.query.shape))
        parameters.push({
          name,
          in: 'query',
          required: !(field as z.ZodType).safeParse(undefined).success,
          schema: schemaOf(field as z.ZodType),
        });
    if (route.method === 'POST' && route.name === 'postEvent')
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
      });
    if (route.name !== 'openapi')
      parameters.push(
        {
          name: 'x-chuangwen-actor',
          in: 'header',
          required: true,
          schema: { type: 'string' },
          description: "Stands in for the host's authentication",
        },
        { name: 'x-chuangwen-role', in: 'header', required: true, schema: { type: 'string' } },
        { name: 'x-chuangwen-unit', in: 'header', required: false, schema: { type: 'string' } },
        { name: 'x-chuangwen-sites', in: 'header', required: false, schema: { type: 'string' } },
        { name: 'x-chuangwen-units', in: 'header', required: false, schema: { type: 'string' } },
      );
    const ok =
      typeof route.ok.schema === 'string'
        ? { $ref: `#/components/schemas/${route.ok.schema}` }
        : schemaOf(route.ok.schema);
    const image = { type: 'string', contentMediaType: 'image/*' };
    const responses: Json = {
      [route.ok.status]: {
        description: 'Done',
        content: route.okImage
          ? Object.fromEntries(IMAGE_TYPES.map((t) => [t, { schema: image }]))
          : { 'application/json': { schema: ok } },
      },
    };
    if (route.name === 'putMedia')
      responses[200] = { description: 'Already held', content: { 'application/json': { schema: ok } } };
    for (const status of route.errors) responses[status] = problem;
    const operation: Json = { operationId: route.name, summary: route.summary, parameters, responses };
    // The description itself is public; every other route acts for someone the host has authenticated.
    if (route.name === 'openapi') operation.security = [];
    if (route.bodyImage)
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(IMAGE_TYPES.map((t) => [t, { schema: image }])),
      };
    if (route.body)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.body}` } } },
      };
    paths[path] = { ...(paths[path] as Json | undefined), [route.method.toLowerCase()]: operation };
  }
  cached = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'chuangwen example service',
      version: '0.0.0',
      description: 'A 创文 campaign record over HTTP: the example of embedding @chuangwen packages.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Where the service answers: as `npm run service` starts it by default; a deployment writes its own address.
    servers: [
      {
        url: '{scheme}://{host}',
        description: 'The service; 127.0.0.1:3000 as the example starts, your own address once deployed',
        variables: {
          scheme: { default: 'http', enum: ['http', 'https'] },
          host: { default: '127.0.0.1:3000' },
        },
      },
    ],
    security: [{ hostAuthentication: [] }],
    paths,
    components: {
      securitySchemes: {
        hostAuthentication: {
          type: 'apiKey',
          in: 'header',
          name: 'x-chuangwen-actor',
          description:
            "The host's authentication goes here. The example trusts the x-chuangwen-actor and x-chuangwen-role headers as set by a gateway from a verified identity; replace this scheme with yours (a bearer token, OAuth 2, mutual TLS) and keep the headers set from it.",
        },
      },
      schemas: {
        Campaign: campaign,
        CampaignEventBody: eventBodySchema(),
        VerifyRequest: schemaOf(VerifyBodySchema),
        Problem: schemaOf(ProblemSchema),
      },
    },
  };
  return cached;
}
