// A small HTTP service that embeds the chuangwen packages in a back end: each campaign's record in @chuangwen/store
// (SQLite or PostgreSQL), events through the machine with the caller's identity from request headers, every outcome
// in the keyed audit, errors as problem details, and an OpenAPI description generated from the same schemas.
import { createHash } from 'node:crypto';
import type { FrameworkEdition } from '@chuangwen/checklists';
import {
  type Actor,
  ActorSchema,
  campaignCountdown,
  chainHasher,
  type DispatchResult,
  type EntryRef,
  isOverdue,
  readinessOf,
} from '@chuangwen/machine';
import {
  type BilingualText,
  type Campaign,
  mainEditionId,
  validateCampaign,
  validateWithSchema,
} from '@chuangwen/model';
import { classifyAll } from '@chuangwen/rules';
import {
  ConflictError,
  createCampaign as createRecord,
  type RecordStore,
  recordEvent,
  StoreError,
  verifyStore,
} from '@chuangwen/store';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Frameworks } from './frameworks.js';
import { openApiDocument, ROUTES, type RouteName, type RouteSpec } from './openapi.js';
import { problem, sendProblem } from './problems.js';
import {
  AsOfQuerySchema,
  AuditQuerySchema,
  CampaignParamsSchema,
  EvidenceQuerySchema,
  VerifyBodySchema,
} from './schemas.js';
import { type DatabaseLocation, openStore } from './store.js';

export interface ServiceOptions {
  /** Where the record lives: `{ url: 'postgres://…' }` or `{ path: 'chuangwen.db' }`. */
  database: DatabaseLocation;
  /** The audit key (at least 16 bytes), kept outside the database: an environment variable or a secrets manager. */
  auditKey: string;
  /** Framework editions beyond the bundled sample, and a folder of `*.json` editions to load. */
  frameworks?: readonly FrameworkEdition[];
  frameworksDir?: string;
  /** Requests handled at once before the service answers 503 (default 256). */
  maxInFlight?: number;
  /** How often to retry an event when another instance moved a head first, before answering 409 (default 12). */
  conflictRetries?: number;
  /** The service's clock, injected so tests decide the time. */
  now?: () => string;
}

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });
const located = (issues: { pointer: string; message: BilingualText }[]) =>
  issues.map((i) => i.pointer).join(', ');

/**
 * The caller's identity. Real authentication is the host's job (a gateway, SSO, a session): this example trusts the
 * headers `x-chuangwen-actor`, `x-chuangwen-role`, `x-chuangwen-unit` and `x-chuangwen-sites` / `x-chuangwen-units`.
 */
function actorOf(request: FastifyRequest): Actor | BilingualText {
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' && value.length > 0 ? value.slice(0, 2000) : undefined;
  };
  const list = (name: string) =>
    (header(name)?.split(',') ?? [])
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 500);
  const id = header('x-chuangwen-actor');
  if (id === undefined) return msg('缺少请求头 x-chuangwen-actor', 'missing header x-chuangwen-actor');
  const unitId = header('x-chuangwen-unit');
  const assigned = header('x-chuangwen-sites') !== undefined || header('x-chuangwen-units') !== undefined;
  const actor = ActorSchema.safeParse({
    id,
    role: header('x-chuangwen-role'),
    ...(unitId === undefined ? {} : { unitId }),
    ...(assigned
      ? { assignment: { siteIds: list('x-chuangwen-sites'), unitIds: list('x-chuangwen-units') } }
      : {}),
  });
  return actor.success
    ? actor.data
    : msg(
        '请求头中的人员、角色、单位或点位无效',
        'the actor, role, unit or sites in the headers are invalid',
      );
}

/** The HTTP answer to a dispatched event, kept under an idempotency key so a retry gets it again. */
function answer(request: FastifyRequest, result: DispatchResult): { status: number; body: unknown } {
  const outcome = {
    accepted: result.accepted,
    state: result.state,
    effects: result.effects,
    audit: result.appends.map((a) => ({ stream: a.stream, seq: a.entry.seq, hash: a.entry.hash })),
  };
  const code = result.rejection?.code;
  const issues = result.rejection?.issues;
  const reason = result.rejection?.reason;
  const p = (status: number, name: string, message: BilingualText, extra: object = {}) => ({
    status,
    body: problem(request, status, name, message, { ...(issues ? { issues } : {}), ...extra, outcome }),
  });
  if (code === 'malformed') return p(400, 'malformed_event', reason!);
  if (code === 'unauthorized') return p(403, 'forbidden', reason!);
  if (code === 'invalid') return p(422, 'invalid_event', reason!);
  if (code === 'notAllowedNow') return p(409, 'not_allowed_now', reason!);
  if (result.refused)
    return p(409, 'not_ready', msg('当前阶段尚未具备推进条件', 'the current phase is not ready to end'), {
      blockers: result.refused,
    });
  return { status: 200, body: outcome };
}

/** Builds the service on its store; call `.listen()` on the result, or `.inject()` in tests. */
export async function buildService(options: ServiceOptions) {
  const now = options.now ?? (() => new Date().toISOString());
  const hasher = chainHasher(options.auditKey);
  const frameworks = Frameworks.load(options.frameworks, options.frameworksDir);
  const store: RecordStore = await openStore(options.database, hasher, now);
  const documents = new Map<string, Campaign>();
  const maxInFlight = options.maxInFlight ?? 256;
  let inFlight = 0;

  const app = Fastify({ bodyLimit: 1024 * 1024, return503OnClosing: true, forceCloseConnections: true });
  app.addHook('onClose', async () => store.close());
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
    inFlight += 1;
  });
  app.addHook('onResponse', async () => {
    inFlight = Math.max(0, inFlight - 1);
  });

  // Body parse errors (broken JSON, __proto__ keys, too large, wrong type) are the caller's: 4xx problem details.
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    if (error instanceof ConflictError)
      return sendProblem(reply, problem(request, 409, 'conflict', error.detail), { 'retry-after': '1' });
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
    sendProblem(
      reply,
      problem(
        request,
        400,
        'invalid_request',
        msg(
          `${what['zh-CN']}有误：${located(checked.issues)}`,
          `${what.en} is invalid at ${located(checked.issues)}`,
        ),
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
  /** A campaign's document, validated (and migrated, written back) on first load, then kept: it does not change. */
  const documentOf = async (id: string): Promise<Campaign | undefined> => {
    const known = documents.get(id);
    if (known) return known;
    const stored = await store.document(id);
    if (stored === undefined) return undefined;
    const checked = validateCampaign(stored);
    if (!checked.ok)
      throw new StoreError(
        'integrity',
        msg(`创建工作 ${id} 的文件无法读取`, `the document of campaign ${id} cannot be read`),
      );
    if ((stored as { schemaVersion?: unknown }).schemaVersion !== checked.value.schemaVersion)
      await store.saveDocument(id, checked.value);
    documents.set(id, checked.value);
    return checked.value;
  };
  const campaignOr404 = async (request: FastifyRequest, reply: FastifyReply) => {
    const params = parse(CampaignParamsSchema, request.params, request, reply, msg('路径参数', 'the path'));
    if (!params) return undefined;
    const document = await documentOf(params.id);
    if (!document)
      sendProblem(
        reply,
        problem(
          request,
          404,
          'not_found',
          msg(`创建工作 ${params.id} 不存在`, `campaign ${params.id} does not exist`),
        ),
      );
    return document;
  };
  const asOfOf = (request: FastifyRequest, reply: FastifyReply) => {
    const query = parse(AsOfQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
    return query && (query.asOf ?? now());
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
      const body = request.body as { frameworks?: { editionId?: unknown; role?: unknown }[] } | null;
      const main = Array.isArray(body?.frameworks)
        ? body.frameworks.find((f) => f?.role === 'main')
        : undefined;
      const codes =
        typeof main?.editionId === 'string' ? frameworks.standardCodes(main.editionId) : undefined;
      const result = validateCampaign(request.body, codes ? { standardCodes: codes } : {});
      if (!result.ok)
        return sendProblem(
          reply,
          problem(
            request,
            400,
            'invalid_campaign',
            msg('创建工作数据有误', 'the campaign document is invalid'),
            { issues: result.issues },
          ),
        );
      const campaign = result.value;
      if (!frameworks.edition(mainEditionId(campaign)))
        return sendProblem(
          reply,
          problem(
            request,
            422,
            'unknown_framework',
            msg(
              `未知的测评体系 ${mainEditionId(campaign)}`,
              `unknown framework edition ${mainEditionId(campaign)}`,
            ),
          ),
        );
      const units: Record<string, 'lead' | 'responsible'> = {};
      for (const t of campaign.tasks) for (const u of t.supportingUnitIds) units[u] = 'responsible';
      for (const t of campaign.tasks) for (const u of t.leadUnitIds) units[u] = 'lead';
      try {
        const created = await createRecord(
          store,
          { campaignId: campaign.id, at: now(), timeline: campaign.timeline, units },
          actor,
          {
            hasher,
            config: frameworks.configOf(campaign),
            receivedAt: now(),
            document: campaign,
          },
        );
        return reply
          .status(201)
          .header('location', `/campaigns/${encodeURIComponent(campaign.id)}`)
          .send({ id: campaign.id, state: created.campaign.snapshot.snapshot.value });
      } catch (error) {
        if (error instanceof StoreError && error.code === 'exists')
          return sendProblem(reply, problem(request, 409, 'exists', error.detail));
        throw error;
      }
    },

    getCampaign: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      const asOf = document && asOfOf(request, reply);
      if (!document || !asOf) return reply;
      const campaign = (await store.campaign(document.id))!;
      const { value, context } = campaign.snapshot;
      return {
        id: document.id,
        title: document.title,
        state: value,
        cycle: context.cycle,
        history: context.history,
        countdown: campaignCountdown(campaign, asOf),
      };
    },

    postEvent: async (request, reply) => {
      const actor = authenticate(request, reply);
      if (!actor) return reply;
      const document = await campaignOr404(request, reply);
      if (!document) return reply;
      const body =
        request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body)
          ? request.body
          : { type: request.body };
      // The identity comes from the headers, never from the body; the time from the body or the service clock.
      const received = now();
      const event = { at: received, ...body, actor };
      const key = request.headers['idempotency-key'];
      const idempotencyKey = typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : undefined;
      const outcome = await recordEvent(store, document.id, event, {
        hasher,
        config: frameworks.configOf(document),
        receivedAt: received,
        ...(options.conflictRetries === undefined ? {} : { retries: options.conflictRetries }),
        ...(idempotencyKey
          ? {
              idempotency: {
                key: idempotencyKey,
                fingerprint: createHash('sha256').update(JSON.stringify({ body, actor })).digest('hex'),
                reply: (result: DispatchResult) => answer(request, result),
              },
            }
          : {}),
      });
      if (outcome.kind === 'noCampaign')
        return sendProblem(
          reply,
          problem(request, 404, 'not_found', msg('创建工作不存在', 'no such campaign')),
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
          ? (outcome.receipt.response as { status: number; body: unknown })
          : answer(request, outcome.result);
      if (outcome.kind === 'replayed') reply.header('idempotent-replayed', 'true');
      if (status >= 400)
        return reply.status(status).type('application/problem+json; charset=utf-8').send(payload);
      return reply.status(status).send(payload);
    },

    getDocument: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      return document ?? reply;
    },

    getEvidence: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      const query =
        document && parse(EvidenceQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!document || !query) return reply;
      const items = await store.evidence(document.id, {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.inForce === 'true' ? { inForce: true } : {}),
      });
      return { items };
    },

    getHeads: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      if (!document) return reply;
      return { heads: await store.heads(document.id) };
    },

    getBoard: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      const asOf = document && asOfOf(request, reply);
      if (!document || !asOf) return reply;
      // The board reads the evidence in force: recorded, corrected and withdrawn only through audited events.
      const observations = (await store.evidence(document.id, { kind: 'observation', inForce: true })).map(
        (e) => e.record as never,
      );
      const board = classifyAll({
        framework: frameworks.edition(mainEditionId(document))!,
        asOf,
        observations,
        sites: document.sites,
        units: document.units,
        tasks: document.tasks,
        rectifications: await store.rectifications(document.id),
      });
      return {
        asOf: board.asOf,
        totals: board.totals,
        items: board.items,
        units: board.units,
        unitTotals: board.unitTotals,
        standards: Object.fromEntries(Object.values(board.standards).map((s) => [s.code, s.class])),
      };
    },

    getReadiness: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      if (!document) return reply;
      const { value, context } = (await store.campaign(document.id))!.snapshot;
      if (value === 'closed') return { phase: 'closed', ready: false, blockers: [] };
      return readinessOf(context, value, frameworks.configOf(document).readiness);
    },

    getLedger: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      const asOf = document && asOfOf(request, reply);
      if (!document || !asOf) return reply;
      return {
        asOf,
        entries: (await store.rectifications(document.id)).map((r) => ({
          ...r,
          overdue: isOverdue(r, asOf),
        })),
      };
    },

    getAudit: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      const query =
        document && parse(AuditQuerySchema, request.query, request, reply, msg('查询参数', 'the query'));
      if (!document || !query) return reply;
      const entries = await store.read(document.id, query.stream as never, {
        from: query.from,
        limit: query.limit,
      });
      return {
        stream: query.stream,
        anchors: await store.heads(document.id),
        entries: entries.map((e) => ({ ...JSON.parse(e.body), hash: e.hash })),
        next: entries.length === query.limit ? query.from + query.limit : null,
      };
    },

    verifyAudit: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      if (!document) return reply;
      const verdict = await verifyStore(store, document.id, {
        hasher,
        config: frameworks.configOf(document),
      });
      return {
        ok: verdict!.ok,
        entries: verdict!.entries,
        anchorsFrom: 'store',
        problems: verdict!.problems.slice(0, 100),
      };
    },

    verifyAuditAgainstAnchors: async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = await campaignOr404(request, reply);
      const body =
        document && parse(VerifyBodySchema, request.body, request, reply, msg('锚点', 'the anchors'));
      if (!document || !body) return reply;
      const verdict = await verifyStore(store, document.id, {
        hasher,
        config: frameworks.configOf(document),
        anchors: body.anchors as EntryRef[],
      });
      return {
        ok: verdict!.ok,
        entries: verdict!.entries,
        anchorsFrom: 'request',
        problems: verdict!.problems.slice(0, 100),
      };
    },
  };

  for (const route of ROUTES as readonly RouteSpec[])
    app.route({
      method: route.method,
      url: route.url,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      handler: (request, reply) => handlers[route.name as RouteName](request, reply),
    });
  return app;
}
