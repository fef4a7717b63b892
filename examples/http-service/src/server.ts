// A small HTTP service that embeds the chuangwen packages in a back end: each campaign's record in @chuangwen/store
// (SQLite or PostgreSQL), events through the record's own decider with the caller's identity from request headers,
// every read through one campaign view, errors as problem details, and an OpenAPI description generated from the same
// schemas. Work that could hold the event loop (reading a posted document, verifying a record) runs on worker threads.
import { createHash } from 'node:crypto';
import type { FrameworkEdition } from '@chuangwen/checklists';
import { type Actor, compileConfiguration, type EntryRef, type Verification } from '@chuangwen/machine';
import {
  type BilingualText,
  type Campaign,
  parseJsonText,
  type ValidationIssue,
  validateWithSchema,
} from '@chuangwen/model';
import {
  ConflictError,
  campaignView,
  importCampaign,
  MAX_IDEMPOTENCY_KEY,
  type RecordStore,
  recordEvent,
  StoreError,
  viewData,
} from '@chuangwen/store';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { answer, answerFromEntry } from './answers.js';
import { type AuditConfig, hasherOf } from './audit-keys.js';
import { Frameworks } from './frameworks.js';
import { actorOf } from './identity.js';
import type { Intake } from './intake.js';
import { type MediaLocation, openMediaStore } from './media.js';
import { checkUpload, DEFAULT_MEDIA_LIMIT, type MediaType } from './media-checks.js';
import { OffLoop, OffLoopError } from './off-loop.js';
import { openApiDocument, ROUTES, type RouteName, type RouteSpec } from './openapi.js';
import { problem, sendProblem } from './problems.js';
import {
  AsOfQuerySchema,
  AuditQuerySchema,
  CampaignParamsSchema,
  CellParamsSchema,
  EvidenceQuerySchema,
  HistoryQuerySchema,
  MediaParamsSchema,
  ScheduleQuerySchema,
  StandardParamsSchema,
  VerifyBodySchema,
  VerifyQuerySchema,
} from './schemas.js';
import { type DatabaseLocation, openStore } from './store.js';

export interface ServiceOptions {
  /** Where the record lives: `{ url: 'postgres://…' }` or `{ path: 'chuangwen.db' }`. */
  database: DatabaseLocation;
  /** The audit key (at least 16 bytes), kept outside the database: an environment variable or a secrets manager. */
  auditKey?: string;
  /** In place of `auditKey`: an algorithm and key id, earlier keys, a signer service that seals each entry. */
  audit?: AuditConfig;
  /** Framework editions beyond the bundled samples, and a folder of `*.json` editions to load. */
  frameworks?: readonly FrameworkEdition[];
  frameworksDir?: string;
  /** Requests handled at once before the service answers 503 (default 256). */
  maxInFlight?: number;
  /** How often to retry an event when another instance moved the record first, before answering 409 (default 12). */
  conflictRetries?: number;
  /** How long reading a posted document may take before it is stopped and refused (default 3000 ms). */
  intakeBudgetMs?: number;
  /** Where uploaded photos are kept: a folder, or the database (the default: the record's own database). */
  media?: MediaLocation;
  /** The largest photo accepted, in bytes (default 5 MiB). */
  mediaLimitBytes?: number;
  /** How long a request's body may take to arrive before its connection is closed (default 120 s: a photo on a weak signal). */
  bodyTimeoutMs?: number;
  /** The service's clock, injected so tests decide the time. */
  now?: () => string;
}

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** Moments from a first day (noon, Asia/Shanghai) every `every` days up to `asOf`, and `asOf` itself; at most 200. */
function historyMoments(first: string | undefined, asOf: string, every: number): string[] {
  const end = Date.parse(asOf);
  const out: string[] = [];
  if (first !== undefined)
    for (
      let ms = Date.parse(`${first}T12:00:00+08:00`);
      ms < end && out.length < 199;
      ms += every * 86_400_000
    )
      out.push(new Date(ms).toISOString());
  out.push(asOf);
  return out;
}
/** The most bytes of entries one audit page holds, whatever the page's length in entries. */
const AUDIT_PAGE_BYTES = 1024 * 1024;
/** JSON with every object's keys in order, so a retry that writes its fields in another order is the same request. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(record[k])}`).join(',')}}`;
}

/**
 * What an Idempotency-Key's request is compared by: a digest of the body and who sent it (the person, role and unit),
 * whatever order their keys were written in. Not the sites and units an inspector is assigned: the gateway writes them
 * from the assignment in force, which may change before a phone resends what it sent offline. Null for a value nested
 * so deep that writing it out overflows the stack (a body read here never is).
 */
function fingerprintOf(body: unknown, actor: Actor): string | null {
  const sender = { id: actor.id, role: actor.role, unitId: actor.unitId };
  try {
    return createHash('sha256')
      .update(sortedJson({ body, actor: sender }))
      .digest('hex');
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** A request body refused while it was read, with its reason in both languages. */
class BodyError extends Error {
  constructor(
    readonly statusCode: number,
    readonly detail: BilingualText,
    readonly problemCode = 'bad_request',
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(detail.en);
  }
}
/** Bodies are UTF-8: bytes that are not are refused, never read with stand-in characters. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Where photos are uploaded and served, as the route table names it. */
const MEDIA_URL = '/campaigns/:id/media/:sha256';
/** An Idempotency-Key: printable ASCII, 1 to 200 characters. */
const KEY_PATTERN = new RegExp(`^[\\x21-\\x7e]{1,${MAX_IDEMPOTENCY_KEY}}$`);

/** Builds the service on its store; call `.listen()` on the result, or `.inject()` in tests. */
export async function buildService(options: ServiceOptions) {
  const now = options.now ?? (() => new Date().toISOString());
  const audit: AuditConfig = options.audit ?? { key: options.auditKey ?? '' };
  const hasher = hasherOf(audit);
  const frameworks = Frameworks.load(options.frameworks, options.frameworksDir);
  const store: RecordStore = await openStore(options.database);
  const offLoop = new OffLoop(options.database, audit);
  const media = await openMediaStore(options.media ?? { database: options.database });
  const mediaLimit = options.mediaLimitBytes ?? DEFAULT_MEDIA_LIMIT;
  const maxInFlight = options.maxInFlight ?? 256;
  let inFlight = 0;
  const bodyTimeout = options.bodyTimeoutMs ?? 120_000;
  const bodyTimers = new WeakMap<FastifyRequest, NodeJS.Timeout>();

  const app = Fastify({
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: true,
    // Ids are up to 128 characters (`IdSchema`); a campaign created with one must be reachable by it.
    routerOptions: { maxParamLength: 256 },
  });
  app.addHook('onClose', async () => {
    await offLoop.close();
    await media.close();
    await store.close();
  });
  app.addHook('onRequest', async (request, reply) => {
    if (inFlight >= maxInFlight)
      return sendProblem(
        reply,
        problem(
          request,
          503,
          'overloaded',
          msg('服务繁忙，请稍后重试', 'the service is busy; retry shortly'),
        ),
        {
          'retry-after': '1',
        },
      );
    // The slot is given back when the answer has gone or the client went away, whichever comes first: a request
    // dropped while its body arrives never reaches a response hook. (The request's own 'close' comes as soon as
    // its body is read, before the work: the response's is the one that ends it.)
    inFlight += 1;
    // A body that never finishes would hold its connection for ever: it has this long to arrive.
    const arriving = setTimeout(() => request.raw.destroy(), bodyTimeout);
    arriving.unref();
    bodyTimers.set(request, arriving);
    reply.raw.once('close', () => {
      clearTimeout(arriving);
      inFlight -= 1;
    });
  });
  const limitKiB = (request: FastifyRequest) => Math.round((request.routeOptions.bodyLimit ?? 0) / 1024);
  app.addHook('preValidation', async (request) => {
    clearTimeout(bodyTimers.get(request));
  });
  // Events are JSON: a text body is refused (415) like any other type, so no form or plain-text post from another
  // site reaches a route without the browser asking first.
  app.removeContentTypeParser('text/plain');
  // A posted campaign document stays bytes on the event loop: a worker thread parses and validates it.
  app.addContentTypeParser(
    'application/json',
    // No limit of its own: each route's applies (1 MiB for an event, more for a campaign document).
    { parseAs: 'buffer' },
    (request, body, done) => {
      if (request.routeOptions.url === '/campaigns') return done(null, body);
      if (body.length === 0) return done(null, undefined);
      let text: string;
      try {
        // parseAs 'buffer' hands a Buffer; the type allows a string for the other mode.
        text = typeof body === 'string' ? body : UTF8.decode(body);
      } catch {
        return done(new BodyError(400, msg('请求体不是 UTF-8 文本', 'the body is not UTF-8 text')));
      }
      // Read within bounds, and refused when a key is written twice: a gateway that reads the first value would check
      // one event while the record stores another.
      const read = parseJsonText(text);
      if (!read.ok) {
        const issue = read.issues[0]!;
        const where = issue.pointer ? `${issue.pointer}: ` : '';
        return done(
          new BodyError(
            400,
            msg(`${where}${issue.message['zh-CN']}`, `${where}${issue.message.en}`),
            issue.code === 'invalid_json' ? 'bad_request' : issue.code,
            read.issues,
          ),
        );
      }
      done(null, read.value);
    },
  );

  // A photo arrives as its bytes, whatever type it claims: the media route checks the type itself, in both languages.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    if (request.routeOptions.url === MEDIA_URL) return done(null, body);
    const type = String(request.headers['content-type']).slice(0, 60);
    done(
      new BodyError(
        415,
        msg(`不支持的内容类型 ${type}，请发送 JSON`, `unsupported content type ${type}; send JSON`),
      ),
    );
  });

  // Problems of the caller's making are 4xx; a store found damaged is reported where it is, never a bare 500.
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    if (error instanceof ConflictError)
      return sendProblem(reply, problem(request, 409, 'conflict', error.detail), { 'retry-after': '1' });
    if (error instanceof StoreError)
      return sendProblem(
        reply,
        error.code === 'needs_migration'
          ? problem(request, 409, 'needs_migration', error.detail)
          : problem(request, 503, 'store_damaged', error.detail),
      );
    if (error instanceof OffLoopError)
      return sendProblem(
        reply,
        problem(request, 503, error.reason === 'timeout' ? 'too_slow' : 'unavailable', error.detail),
        {
          'retry-after': '1',
        },
      );
    if (error instanceof BodyError)
      return sendProblem(
        reply,
        problem(
          request,
          error.statusCode,
          error.problemCode,
          error.detail,
          error.issues.length > 0 ? { issues: error.issues } : {},
        ),
      );
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(
        reply,
        problem(
          request,
          413,
          'too_large',
          msg(
            `请求体超过本接口的上限（${limitKiB(request)} KiB）`,
            `the body is larger than this route accepts (${limitKiB(request)} KiB)`,
          ),
        ),
      );
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error(error);
    const text =
      status === 500
        ? msg('服务器内部错误', 'internal error')
        : msg(
            `请求无法处理：${error.message.slice(0, 300)}`,
            `the request could not be handled: ${error.message.slice(0, 300)}`,
          );
    return sendProblem(reply, problem(request, status, status === 500 ? 'internal' : 'bad_request', text));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(request, 404, 'no_route', msg('没有这个接口', 'no such route'))),
  );

  const parse = <S extends z.ZodType>(
    schema: S,
    value: unknown,
    request: FastifyRequest,
    reply: FastifyReply,
    what: BilingualText,
  ) => {
    const checked = validateWithSchema(schema, value ?? {});
    if (checked.ok) return checked.value;
    const where = checked.issues.map((i) => i.pointer).join(', ');
    sendProblem(
      reply,
      problem(
        request,
        400,
        'invalid_request',
        msg(`${what['zh-CN']}有误：${where}`, `${what.en} is invalid at ${where}`),
        {
          issues: checked.issues,
        },
      ),
    );
    return undefined;
  };
  const authenticate = (request: FastifyRequest, reply: FastifyReply): Actor | undefined => {
    const actor = actorOf(request);
    if ('id' in actor) return actor;
    sendProblem(reply, problem(request, 401, 'unauthenticated', actor));
    return undefined;
  };
  const notFound = (request: FastifyRequest, reply: FastifyReply, id: string) =>
    sendProblem(
      reply,
      problem(request, 404, 'not_found', msg(`创建工作 ${id} 不存在`, `campaign ${id} does not exist`)),
    );
  const idOf = (request: FastifyRequest, reply: FastifyReply) =>
    parse(
      CampaignParamsSchema,
      { id: (request.params as { id?: unknown }).id },
      request,
      reply,
      msg('路径参数', 'the path'),
    )?.id;
  /** The campaign's view at the moment the query asks (the service's clock by default), or a problem sent. */
  const viewOf = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!authenticate(request, reply)) return undefined;
    const id = idOf(request, reply);
    const query = id && parse(AsOfQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
    if (!id || !query) return undefined;
    const view = await campaignView(store, id, { asOf: query.asOf ?? now() });
    if (!view) notFound(request, reply, id);
    return view;
  };

  const handlers: Record<RouteName, (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>> = {
    openapi: async () => openApiDocument(),

    createCampaign: async (request, reply) => {
      const actor = authenticate(request, reply);
      if (!actor) return reply;
      if (actor.role !== 'office' && actor.role !== 'leadingGroup')
        return sendProblem(
          reply,
          problem(
            request,
            403,
            'forbidden',
            msg(
              '只有创建办或领导小组可以建立创建工作',
              'only the office or the leading group may create a campaign',
            ),
          ),
        );
      const bytes = request.body;
      if (!(bytes instanceof Uint8Array))
        return sendProblem(
          reply,
          problem(request, 400, 'bad_request', msg('请求体应为 JSON', 'the body must be JSON')),
        );
      const intake = await offLoop.readDocument<Intake>(
        bytes,
        frameworks.codes(),
        options.intakeBudgetMs ?? 3000,
      );
      if (!intake.ok)
        return sendProblem(
          reply,
          problem(
            request,
            intake.status,
            'invalid_campaign',
            msg('创建工作文件有误', 'the campaign document is invalid'),
            {
              issues: intake.issues,
              ...(intake.more ? { issuesStopped: true } : {}),
            },
          ),
        );
      const campaign = intake.campaign;
      const unknown = frameworks.unknown(campaign);
      if (unknown.length > 0)
        return sendProblem(
          reply,
          problem(
            request,
            422,
            'unknown_framework',
            msg(`未知的测评体系 ${unknown.join('、')}`, `unknown framework edition ${unknown.join(', ')}`),
          ),
        );
      try {
        const imported = await importCampaign(store, campaign, {
          hasher,
          actor,
          at: now(),
          configuration: frameworks.configurationFor(campaign),
        });
        if (!imported.ok)
          return sendProblem(
            reply,
            problem(
              request,
              422,
              'invalid_campaign',
              msg('创建工作文件中的记录有误', 'records in the campaign document are invalid'),
              { issues: imported.issues },
            ),
          );
        return reply
          .status(201)
          .header('location', `/campaigns/${encodeURIComponent(campaign.id)}`)
          .send({
            id: campaign.id,
            state: imported.value.campaign.snapshot.value,
            rectifications: imported.value.rectifications.length,
          });
      } catch (error) {
        if (error instanceof StoreError && error.code === 'exists')
          return sendProblem(reply, problem(request, 409, 'exists', error.detail));
        throw error;
      }
    },

    getCampaign: async (request, reply) => {
      const view = await viewOf(request, reply);
      if (!view) return reply;
      return {
        id: view.campaignId,
        title: (view.document as Campaign | null)?.title ?? view.campaignId,
        state: view.state,
        cycle: view.cycle,
        history: view.history,
        countdown: view.countdown,
      };
    },

    getView: async (request, reply) => {
      const view = await viewOf(request, reply);
      return view ? viewData(view) : reply;
    },

    getStandard: async (request, reply) => {
      const params =
        authenticate(request, reply) &&
        parse(StandardParamsSchema, request.params, request, reply, msg('路径参数', 'the path'));
      const query =
        params && parse(AsOfQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!params || !query) return reply;
      const view = await campaignView(store, params.id, { asOf: query.asOf ?? now() });
      if (!view) return notFound(request, reply, params.id);
      const status = view.board.standards[params.code];
      if (!status)
        return sendProblem(
          reply,
          problem(
            request,
            404,
            'not_found',
            msg(`测评体系中没有标准 ${params.code}`, `the framework has no standard ${params.code}`),
          ),
        );
      return { asOf: view.asOf, code: params.code, ...status, cells: view.cells(params.code) };
    },

    getCell: async (request, reply) => {
      const params =
        authenticate(request, reply) &&
        parse(CellParamsSchema, request.params, request, reply, msg('路径参数', 'the path'));
      const query =
        params && parse(AsOfQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!params || !query) return reply;
      const view = await campaignView(store, params.id, { asOf: query.asOf ?? now() });
      if (!view) return notFound(request, reply, params.id);
      const explained = view.explain(params.code, params.cell);
      if (!explained)
        return sendProblem(
          reply,
          problem(
            request,
            404,
            'not_found',
            msg(
              `标准 ${params.code} 在 ${params.cell} 没有测评记录`,
              `nothing is recorded for standard ${params.code} at ${params.cell}`,
            ),
          ),
        );
      return { asOf: view.asOf, code: params.code, cell: params.cell, ...explained };
    },

    getHistory: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const id = idOf(request, reply);
      const query =
        id && parse(HistoryQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!id || !query) return reply;
      const view = await campaignView(store, id, { asOf: query.asOf ?? now() });
      if (!view) return notFound(request, reply, id);
      const first =
        query.from ?? (view.document as { timeline?: { start: string }[] } | null)?.timeline?.[0]?.start;
      return {
        asOf: view.asOf,
        every: query.every,
        points: view.boardHistory(historyMoments(first, view.asOf, query.every)),
      };
    },

    postEvent: async (request, reply) => {
      const actor = authenticate(request, reply);
      const id = actor && idOf(request, reply);
      if (!actor || !id) return reply;
      const key = request.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || !KEY_PATTERN.test(key)))
        return sendProblem(
          reply,
          problem(
            request,
            400,
            'invalid_idempotency_key',
            msg(
              `Idempotency-Key 应为 1 至 ${MAX_IDEMPOTENCY_KEY} 个可见 ASCII 字符`,
              `an Idempotency-Key is 1 to ${MAX_IDEMPOTENCY_KEY} printable ASCII characters`,
            ),
          ),
        );
      const body =
        request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body)
          ? request.body
          : { type: request.body };
      // The identity comes from the headers, never from the body; the time from the body or the service clock.
      const received = now();
      const event = { at: received, ...body, actor };
      const fingerprint = key === undefined ? undefined : fingerprintOf(body, actor);
      if (fingerprint === null)
        return sendProblem(
          reply,
          problem(
            request,
            400,
            'too_deep',
            msg('请求体嵌套过深，无法读取', 'the body is nested too deeply to be read'),
          ),
        );
      const outcome = await recordEvent(store, id, event, {
        hasher,
        receivedAt: received,
        ...(options.conflictRetries === undefined ? {} : { retries: options.conflictRetries }),
        ...(key && fingerprint ? { idempotency: { key, fingerprint } } : {}),
      });
      if (outcome.kind === 'noCampaign') return notFound(request, reply, id);
      if (outcome.kind === 'needsMigration')
        return sendProblem(
          reply,
          problem(
            request,
            409,
            'needs_migration',
            msg(
              `创建工作 ${id} 的记录需先由管理员迁移`,
              `campaign ${id} must be migrated by an operator first`,
            ),
          ),
        );
      if (outcome.kind === 'keyReused')
        return sendProblem(
          reply,
          problem(
            request,
            422,
            'idempotency_key_reused',
            msg('该 Idempotency-Key 已用于另一个请求', 'this Idempotency-Key was used for another request'),
          ),
        );
      const { status, body: payload } =
        outcome.kind === 'replayed'
          ? answerFromEntry(
              request,
              outcome.entry,
              (await campaignView(store, id, { asOf: received }))?.state ?? 'unknown',
            )
          : answer(request, outcome.result);
      if (outcome.kind === 'replayed') reply.header('idempotent-replayed', 'true');
      if (status >= 400)
        return reply.status(status).type('application/problem+json; charset=utf-8').send(payload);
      return reply.status(status).send(payload);
    },

    putMedia: async (request, reply) => {
      const actor = authenticate(request, reply);
      const params =
        actor && parse(MediaParamsSchema, request.params, request, reply, msg('路径参数', 'the path'));
      if (!actor || !params) return reply;
      const p = await store.project(params.id, { configuration: true });
      if (!p) return notFound(request, reply, params.id);
      // Whoever may file evidence may upload what it refers to: the record's own role policy says who.
      const policy = p.configuration?.value
        ? compileConfiguration(p.configuration.value, p.configuration.digest).policy
        : undefined;
      if (policy && !policy.roles['document.filed'].includes(actor.role))
        return sendProblem(
          reply,
          problem(
            request,
            403,
            'forbidden',
            msg('该角色无权上传佐证照片', 'this role may not upload evidence photos'),
          ),
        );
      const bytes = request.body instanceof Uint8Array ? Buffer.from(request.body) : Buffer.alloc(0);
      const refused = checkUpload(params.sha256, request.headers['content-type'], bytes, mediaLimit);
      if (refused) return sendProblem(reply, problem(request, refused.status, refused.code, refused.detail));
      const type = String(request.headers['content-type']).split(';')[0]!.trim().toLowerCase() as MediaType;
      const stored = await media.put(params.id, params.sha256, { type, bytes });
      return reply.status(stored === 'stored' ? 201 : 200).send({
        sha256: params.sha256,
        type,
        bytes: bytes.length,
        uri: `media:sha256:${params.sha256}`,
        stored: stored === 'stored',
      });
    },

    getMedia: async (request, reply) => {
      const params =
        authenticate(request, reply) &&
        parse(MediaParamsSchema, request.params, request, reply, msg('路径参数', 'the path'));
      if (!params) return reply;
      const found = await media.get(params.id, params.sha256);
      if (!found)
        return sendProblem(
          reply,
          problem(
            request,
            404,
            'not_found',
            msg(`没有摘要为 ${params.sha256} 的照片`, `no photo with the digest ${params.sha256}`),
          ),
        );
      return reply
        .header('content-type', found.type)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('etag', `"${params.sha256}"`)
        .header('x-content-type-options', 'nosniff')
        .send(found.bytes);
    },

    getDocument: async (request, reply) => {
      const view = await viewOf(request, reply);
      if (!view) return reply;
      if (view.document === null || view.document === undefined)
        return sendProblem(
          reply,
          problem(
            request,
            404,
            'not_found',
            msg('该创建工作没有保存的文件', 'the campaign has no stored document'),
          ),
        );
      return view.document;
    },

    getEvidence: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const id = idOf(request, reply);
      const query =
        id && parse(EvidenceQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!id || !query) return reply;
      const view = await campaignView(store, id, { asOf: now() });
      if (!view) return notFound(request, reply, id);
      const all = view.items({
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.inForce === 'true' ? { inForce: true } : {}),
      });
      const items = all.slice(query.from, query.from + query.limit);
      return { items, next: query.from + items.length < all.length ? query.from + items.length : null };
    },

    getHeads: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const id = idOf(request, reply);
      if (!id) return reply;
      const p = await store.project(id, { heads: 'all' });
      if (!p) return notFound(request, reply, id);
      return {
        position: p.position,
        heads: [...(p.heads ?? [])].map(([stream, h]) => ({ stream, seq: h.seq, hash: h.hash })),
      };
    },

    getBoard: async (request, reply) => {
      const view = await viewOf(request, reply);
      return view ? { asOf: view.asOf, ...view.board } : reply;
    },

    getReadiness: async (request, reply) => {
      const view = await viewOf(request, reply);
      return view ? view.readiness : reply;
    },

    getLedger: async (request, reply) => {
      const view = await viewOf(request, reply);
      return view ? { asOf: view.asOf, counters: view.counters, entries: view.ledger } : reply;
    },

    getSchedule: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const id = idOf(request, reply);
      const query =
        id && parse(ScheduleQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!id || !query) return reply;
      const view = await campaignView(store, id, { asOf: query.asOf ?? now(), scheduleDays: query.days });
      return view ? { asOf: view.asOf, days: query.days, due: view.schedule } : notFound(request, reply, id);
    },

    getAudit: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const id = idOf(request, reply);
      const query =
        id && parse(AuditQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!id || !query) return reply;
      const p = await store.project(id, { heads: 'all' });
      if (!p) return notFound(request, reply, id);
      const page = await store.read(
        id,
        { stream: query.stream as never, from: query.from },
        { limit: query.limit, maxBytes: AUDIT_PAGE_BYTES },
      );
      return {
        stream: query.stream,
        position: p.position,
        anchors: [...(p.heads ?? [])].map(([stream, h]) => ({ stream, seq: h.seq, hash: h.hash })),
        entries: page.entries.map((e) => ({ ...JSON.parse(e.body), hash: e.hash })),
        next: page.next ?? null,
      };
    },

    verifyAudit: async (request, reply) => {
      const query = parse(VerifyQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      return query && verify(request, reply, { full: query.full === 'true' });
    },

    verifyAuditAgainstAnchors: async (request, reply) => {
      const body = parse(VerifyBodySchema, request.body, request, reply, msg('锚点', 'the anchors'));
      return (
        body &&
        verify(request, reply, {
          full: true,
          anchors: body.anchors as EntryRef[],
          ...(body.position ? { position: body.position } : {}),
        })
      );
    },
  };

  /** Verification, for the roles the record's policy names, on a worker thread: from the last checkpoint, or whole. */
  async function verify(
    request: FastifyRequest,
    reply: FastifyReply,
    task: { full: boolean; anchors?: EntryRef[]; position?: { pos: number; hash: string } },
  ) {
    const actor = authenticate(request, reply);
    const id = actor && idOf(request, reply);
    if (!actor || !id) return reply;
    const p = await store.project(id, { configuration: true });
    if (!p) return notFound(request, reply, id);
    const policy = p.configuration?.value
      ? compileConfiguration(p.configuration.value, p.configuration.digest).policy
      : undefined;
    if (policy && !policy.verify.includes(actor.role))
      return sendProblem(
        reply,
        problem(
          request,
          403,
          'forbidden',
          msg('该角色无权验证记录', 'this role may not have the record verified'),
        ),
      );
    const verdict = await offLoop.verifyRecord<(Verification & { from: string }) | undefined>(
      { campaignId: id, ...task },
      120_000,
    );
    if (!verdict) return notFound(request, reply, id);
    return {
      ok: verdict.ok,
      entries: verdict.entries,
      from: verdict.from,
      anchorsFrom: task.anchors ? 'request' : 'store',
      problems: verdict.problems.slice(0, 100),
    };
  }

  for (const route of ROUTES as readonly RouteSpec[])
    app.route({
      method: route.method,
      url: route.url,
      ...(route.url === MEDIA_URL
        ? { bodyLimit: mediaLimit }
        : route.bodyLimit
          ? { bodyLimit: route.bodyLimit }
          : {}),
      handler: (request, reply) => handlers[route.name as RouteName](request, reply),
    });
  return app;
}
