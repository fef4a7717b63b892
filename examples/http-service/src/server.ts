// A small HTTP service that embeds the chuangwen packages in a back end: campaigns in SQLite, events through the
// machine with the caller's role from request headers, every outcome in the hash-chained audit log.
import { type FrameworkEdition, listStandards } from '@chuangwen/checklists';
import { districtArchiveInventory, districtFramework } from '@chuangwen/checklists/district';
import type { StreamId } from '@chuangwen/machine';
import {
  type Actor,
  ActorSchema,
  type CampaignConfig,
  campaignConfig,
  campaignCountdown,
  chainHasher,
  createCampaign,
  isOverdue,
  readinessOf,
  verifyRecord,
} from '@chuangwen/machine';
import { type BilingualText, type Campaign, mainEditionId, validateCampaign } from '@chuangwen/model';
import { classifyAll } from '@chuangwen/rules';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { CampaignStore } from './store.js';

/** Framework editions this service knows, by id; a real host loads its own. */
const FRAMEWORKS: Record<
  string,
  { framework: FrameworkEdition; inventory: typeof districtArchiveInventory }
> = {
  [districtFramework.id]: { framework: districtFramework, inventory: districtArchiveInventory },
};

export interface ServiceOptions {
  /** Where the SQLite database lives. */
  databasePath: string;
  /** The audit key (at least 16 bytes), kept outside the database: an environment variable or a secrets manager. */
  auditKey: string;
  /** The service's clock, injected so tests decide the time. */
  now?: () => string;
}

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });
const fail = (
  reply: FastifyReply,
  status: number,
  code: string,
  message: BilingualText,
  extra: object = {},
) => reply.status(status).send({ error: { code, message }, ...extra });

/**
 * The caller's identity. Real authentication is the host's job (a gateway, SSO, a session): this example trusts two
 * headers, `x-chuangwen-actor` (a person id) and `x-chuangwen-role` (a machine role), and maps the role to the policy.
 */
function actorOf(request: FastifyRequest): Actor | BilingualText {
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const list = (name: string) =>
    header(name)
      ?.split(',')
      .map((s) => s.trim()) ?? [];
  const id = header('x-chuangwen-actor');
  if (id === undefined) return msg('缺少请求头 x-chuangwen-actor', 'missing header x-chuangwen-actor');
  // The unit a person acts for, and where an inspector is assigned: a real host reads both from its own user records.
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
  if (!actor.success)
    return msg(
      '请求头 x-chuangwen-role 缺失或不是已知角色，或单位、点位有误',
      'header x-chuangwen-role is missing or not a known role, or the unit or sites are invalid',
    );
  return actor.data;
}

/** A campaign's configuration, built once per campaign: the same object each time, as the machine expects. */
function configCache() {
  const configs = new Map<string, CampaignConfig>();
  return (document: Campaign): CampaignConfig => {
    let config = configs.get(document.id);
    if (!config) {
      const { framework, inventory } = FRAMEWORKS[mainEditionId(document)]!;
      config = campaignConfig({
        readiness: { inventory },
        sites: document.sites,
        units: document.units,
        standardCodes: listStandards(framework).map((l) => l.standard.code),
      });
      configs.set(document.id, config);
    }
    return config;
  };
}

/** Builds the service; call `.listen()` on the result, or `.inject()` in tests. */
export function buildService(options: ServiceOptions) {
  const store = new CampaignStore(options.databasePath);
  const now = options.now ?? (() => new Date().toISOString());
  const hasher = chainHasher(options.auditKey);
  const configOf = configCache();
  const app = Fastify({ bodyLimit: 32 * 1024 * 1024 });
  app.addHook('onClose', async () => store.close());

  // Body parse errors (broken JSON, __proto__ keys) get the same bilingual shape as every other error.
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    return fail(
      reply,
      status,
      status === 500 ? 'internal' : 'bad_request',
      msg(`请求无法处理：${error.message}`, `the request could not be handled: ${error.message}`),
    );
  });

  const authenticate = (request: FastifyRequest, reply: FastifyReply): Actor | undefined => {
    const actor = actorOf(request);
    if ('id' in actor) return actor;
    fail(reply, 401, 'unauthenticated', actor);
    return undefined;
  };
  const campaignOr404 = (id: string, reply: FastifyReply) => {
    const document = store.document(id);
    if (!document)
      fail(reply, 404, 'not_found', msg(`创建工作 ${id} 不存在`, `campaign ${id} does not exist`));
    return document;
  };

  app.post('/campaigns', async (request, reply) => {
    const actor = authenticate(request, reply);
    if (!actor) return reply;
    if (actor.role !== 'office' && actor.role !== 'leadingGroup') {
      return fail(
        reply,
        403,
        'forbidden',
        msg(
          '只有创建办或领导小组可以建立创建工作',
          'only the office or the leading group may create a campaign',
        ),
      );
    }
    const body = request.body as { frameworks?: { editionId?: string; role?: string }[] } | null;
    const main = Array.isArray(body?.frameworks)
      ? body.frameworks.find((f) => f?.role === 'main')
      : undefined;
    const known = FRAMEWORKS[typeof main?.editionId === 'string' ? main.editionId : ''];
    const result = validateCampaign(
      request.body,
      known ? { standardCodes: listStandards(known.framework).map((l) => l.standard.code) } : {},
    );
    if (!result.ok)
      return fail(
        reply,
        400,
        'invalid_campaign',
        msg('创建工作数据有误', 'the campaign document is invalid'),
        { issues: result.issues },
      );
    const campaign = result.value;
    if (!known)
      return fail(
        reply,
        400,
        'unknown_framework',
        msg(
          `未知的测评体系 ${mainEditionId(campaign)}`,
          `unknown framework edition ${mainEditionId(campaign)}`,
        ),
      );
    if (store.exists(campaign.id))
      return fail(
        reply,
        409,
        'exists',
        msg(`创建工作 ${campaign.id} 已存在`, `campaign ${campaign.id} already exists`),
      );
    const units: Record<string, 'lead' | 'responsible'> = {};
    for (const t of campaign.tasks) for (const u of t.supportingUnitIds) units[u] = 'responsible';
    for (const t of campaign.tasks) for (const u of t.leadUnitIds) units[u] = 'lead';
    const created = createCampaign(
      { campaignId: campaign.id, at: now(), timeline: campaign.timeline, units },
      actor,
      { hasher, config: configOf(campaign) },
    );
    store.create(campaign.id, campaign, created.campaign.snapshot, created.append);
    return reply.status(201).send({ id: campaign.id, state: created.campaign.snapshot.snapshot.value });
  });

  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    '/campaigns/:id',
    async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = campaignOr404(request.params.id, reply);
      if (!document) return reply;
      const campaign = store.campaign(document.id);
      const { value, context } = campaign.snapshot;
      return {
        id: document.id,
        title: document.title,
        state: value,
        cycle: context.cycle,
        history: context.history,
        countdown: campaignCountdown(campaign, request.query.asOf ?? now()),
      };
    },
  );

  app.post<{ Params: { id: string } }>('/campaigns/:id/events', async (request, reply) => {
    const actor = authenticate(request, reply);
    if (!actor) return reply;
    const document = campaignOr404(request.params.id, reply);
    if (!document) return reply;
    const body =
      request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body)
        ? request.body
        : { type: request.body };
    // The identity comes from the headers, never from the body; the time from the body or the service clock.
    const received = now();
    const event = { at: received, ...body, actor };
    const result = store.dispatch(document.id, event, {
      hasher,
      config: configOf(document),
      receivedAt: received,
    });
    const outcome = {
      accepted: result.accepted,
      state: result.state,
      effects: result.effects,
      audit: result.appends.map((a) => ({ stream: a.stream, seq: a.entry.seq, hash: a.entry.hash })),
    };
    if (result.rejection?.code === 'malformed')
      return fail(reply, 400, 'malformed_event', result.rejection.reason, {
        issues: result.rejection.issues,
        ...outcome,
      });
    if (result.rejection?.code === 'unauthorised')
      return fail(reply, 403, 'forbidden', result.rejection.reason, outcome);
    if (result.rejection) return fail(reply, 409, 'not_allowed_now', result.rejection.reason, outcome);
    if (result.refused)
      return fail(
        reply,
        409,
        'not_ready',
        msg('当前阶段尚未具备推进条件', 'the current phase is not ready to end'),
        { blockers: result.refused, ...outcome },
      );
    return outcome;
  });

  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    '/campaigns/:id/board',
    async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = campaignOr404(request.params.id, reply);
      if (!document) return reply;
      const { framework } = FRAMEWORKS[mainEditionId(document)]!;
      // The board reads the evidence in force: recorded, corrected and withdrawn only through audited events.
      const board = classifyAll({
        framework,
        asOf: request.query.asOf ?? now(),
        observations: store.effectiveObservations(document.id),
        sites: document.sites,
        units: document.units,
        tasks: document.tasks,
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
  );

  app.get<{ Params: { id: string } }>('/campaigns/:id/readiness', async (request, reply) => {
    if (!authenticate(request, reply)) return reply;
    const document = campaignOr404(request.params.id, reply);
    if (!document) return reply;
    const { value, context } = store.campaign(document.id).snapshot;
    if (value === 'closed') return { phase: 'closed', ready: false, blockers: [] };
    return readinessOf(context, value, configOf(document).readiness);
  });

  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    '/campaigns/:id/ledger',
    async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = campaignOr404(request.params.id, reply);
      if (!document) return reply;
      const asOf = request.query.asOf ?? now();
      return {
        asOf,
        entries: store.rectifications(document.id).map((r) => ({ ...r, overdue: isOverdue(r, asOf) })),
      };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { stream?: string } }>(
    '/campaigns/:id/audit',
    async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const document = campaignOr404(request.params.id, reply);
      if (!document) return reply;
      const stream = (request.query.stream ?? 'campaign') as StreamId;
      const entries = store
        .entries(document.id, stream)
        .map((e) => ({ ...JSON.parse(e.body), hash: e.hash }));
      return { stream, anchors: store.anchors(document.id), entries };
    },
  );

  app.get<{ Params: { id: string } }>('/campaigns/:id/audit/verify', async (request, reply) => {
    if (!authenticate(request, reply)) return reply;
    const document = campaignOr404(request.params.id, reply);
    if (!document) return reply;
    const record = store.toVerify(document.id);
    const anchors = store.anchors(document.id);
    const withAnchor = <T extends { entries: unknown }>(stream: StreamId, s: T) => {
      const anchor = anchors.find((a) => a.stream === stream);
      return anchor ? { ...s, anchor } : s;
    };
    const verdict = verifyRecord(
      {
        ...record,
        campaign: withAnchor('campaign', record.campaign),
        rectifications: [...(record.rectifications ?? [])].map((r) => withAnchor(`rectification/${r.id}`, r)),
        ...(record.evidence ? { evidence: withAnchor('evidence', record.evidence) } : {}),
      },
      { hasher, config: configOf(document) },
    );
    return { ok: verdict.ok, entries: verdict.entries, problems: verdict.problems };
  });

  return app;
}
