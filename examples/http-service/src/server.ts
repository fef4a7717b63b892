// A small HTTP service that embeds the chuangwen packages in a back end: campaigns in SQLite, events through the
// machine with the caller's role from request headers, every outcome in the hash-chained audit log.
import { type FrameworkEdition, listStandards } from '@chuangwen/checklists';
import { districtArchiveInventory, districtFramework } from '@chuangwen/checklists/district';
import {
  type Actor,
  type CampaignContext,
  campaignCountdown,
  campaignMachineWith,
  createCampaign,
  dispatch,
  isOverdue,
  RoleSchema,
  readinessOf,
  verifyAuditLog,
} from '@chuangwen/machine';
import {
  type BilingualText,
  mainEditionId,
  ObservationSchema,
  type Phase,
  validateCampaign,
  validateWithSchema,
} from '@chuangwen/model';
import { classifyAll } from '@chuangwen/rules';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CampaignStore } from './store.js';

/** Framework editions this service knows, by id; a real host loads its own. */
const FRAMEWORKS: Record<
  string,
  {
    framework: FrameworkEdition;
    inventory: typeof districtArchiveInventory;
    machine: ReturnType<typeof campaignMachineWith>;
  }
> = {
  [districtFramework.id]: {
    framework: districtFramework,
    inventory: districtArchiveInventory,
    machine: campaignMachineWith({ inventory: districtArchiveInventory }),
  },
};

export interface ServiceOptions {
  /** Where the SQLite database lives. */
  databasePath: string;
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
  const id = request.headers['x-chuangwen-actor'];
  const role = RoleSchema.safeParse(request.headers['x-chuangwen-role']);
  if (typeof id !== 'string' || id.length === 0)
    return msg('缺少请求头 x-chuangwen-actor', 'missing header x-chuangwen-actor');
  if (!role.success)
    return msg(
      '请求头 x-chuangwen-role 缺失或不是已知角色',
      'header x-chuangwen-role is missing or not a known role',
    );
  return { id, role: role.data };
}

const ObservationsBodySchema = z.strictObject({
  observations: z.array(ObservationSchema).min(1).max(10_000),
});

/** Builds the service; call `.listen()` on the result, or `.inject()` in tests. */
export function buildService(options: ServiceOptions) {
  const store = new CampaignStore(options.databasePath);
  const now = options.now ?? (() => new Date().toISOString());
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
    const stored = store.load(id);
    if (!stored) fail(reply, 404, 'not_found', msg(`创建工作 ${id} 不存在`, `campaign ${id} does not exist`));
    return stored;
  };
  const contextOf = (snapshot: unknown) => snapshot as { value: string; context: CampaignContext };

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
    const record = createCampaign(
      {
        campaignId: campaign.id,
        at: now(),
        timeline: campaign.timeline,
        units,
      },
      actor,
      { machine: known.machine },
    );
    store.create(campaign.id, campaign, record);
    return reply.status(201).send({ id: campaign.id, state: contextOf(record.campaign.snapshot).value });
  });

  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    '/campaigns/:id',
    async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const stored = campaignOr404(request.params.id, reply);
      if (!stored) return reply;
      const { value, context } = contextOf(stored.record.campaign.snapshot);
      return {
        id: stored.id,
        title: stored.document.title,
        state: value,
        cycle: context.cycle,
        history: context.history,
        countdown: campaignCountdown(stored.record.campaign, request.query.asOf ?? now()),
      };
    },
  );

  app.post<{ Params: { id: string } }>('/campaigns/:id/events', async (request, reply) => {
    const actor = authenticate(request, reply);
    if (!actor) return reply;
    const stored = campaignOr404(request.params.id, reply);
    if (!stored) return reply;
    const body =
      request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body)
        ? request.body
        : { type: request.body };
    // The identity comes from the headers, never from the body; the time from the body or the service clock.
    const event = { at: now(), ...body, actor };
    const result = dispatch(stored.record, event, {
      machine: FRAMEWORKS[mainEditionId(stored.document)]!.machine,
    });
    store.append(stored.id, stored.length, result.record.campaign, result.entry);
    const outcome = {
      accepted: result.accepted,
      state: result.state,
      effects: result.effects,
      audit: { seq: result.entry.seq, hash: result.entry.hash },
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

  app.post<{ Params: { id: string } }>('/campaigns/:id/observations', async (request, reply) => {
    const actor = authenticate(request, reply);
    if (!actor) return reply;
    const stored = campaignOr404(request.params.id, reply);
    if (!stored) return reply;
    const result = validateWithSchema(ObservationsBodySchema, request.body);
    if (!result.ok)
      return fail(reply, 400, 'invalid_observations', msg('测评记录有误', 'the observations are invalid'), {
        issues: result.issues,
      });
    return reply.status(201).send({ stored: store.addObservations(stored.id, result.value.observations) });
  });

  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    '/campaigns/:id/board',
    async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const stored = campaignOr404(request.params.id, reply);
      if (!stored) return reply;
      const { framework } = FRAMEWORKS[mainEditionId(stored.document)]!;
      const board = classifyAll({
        framework,
        asOf: request.query.asOf ?? now(),
        observations: store.observations(stored.id),
        sites: stored.document.sites,
        tasks: stored.document.tasks,
      });
      return {
        asOf: board.asOf,
        totals: board.totals,
        items: board.items,
        units: board.units,
        standards: Object.fromEntries(Object.values(board.standards).map((s) => [s.code, s.class])),
      };
    },
  );

  app.get<{ Params: { id: string } }>('/campaigns/:id/readiness', async (request, reply) => {
    if (!authenticate(request, reply)) return reply;
    const stored = campaignOr404(request.params.id, reply);
    if (!stored) return reply;
    const { value, context } = contextOf(stored.record.campaign.snapshot);
    if (value === 'closed') return { phase: 'closed', ready: false, blockers: [] };
    return readinessOf(context, value as Phase, {
      inventory: FRAMEWORKS[mainEditionId(stored.document)]!.inventory,
    });
  });

  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    '/campaigns/:id/ledger',
    async (request, reply) => {
      if (!authenticate(request, reply)) return reply;
      const stored = campaignOr404(request.params.id, reply);
      if (!stored) return reply;
      const asOf = request.query.asOf ?? now();
      const { ledger } = contextOf(stored.record.campaign.snapshot).context;
      return {
        asOf,
        entries: Object.values(ledger).map((e) => ({
          ...e.context,
          status: e.status,
          overdue: isOverdue(e, asOf),
        })),
      };
    },
  );

  app.get<{ Params: { id: string } }>('/campaigns/:id/audit', async (request, reply) => {
    if (!authenticate(request, reply)) return reply;
    const stored = campaignOr404(request.params.id, reply);
    if (!stored) return reply;
    return { head: stored.head, length: stored.length, entries: stored.record.audit };
  });

  app.get<{ Params: { id: string } }>('/campaigns/:id/audit/verify', async (request, reply) => {
    if (!authenticate(request, reply)) return reply;
    const stored = campaignOr404(request.params.id, reply);
    if (!stored) return reply;
    return verifyAuditLog(stored.record.audit, { head: stored.head, length: stored.length });
  });

  return app;
}
