// What the dashboard computes from, wherever it came from: the campaign document and the record's evidence in force,
// its ledger and, from a service, the machine's phase and readiness. Read from the example service over HTTP here.
import type { CampaignState } from '@chuangwen/machine';
import {
  type ArchiveDocument,
  type Campaign,
  type Observation,
  type Rectification,
  type SurveyResponse,
  validateCampaign,
} from '@chuangwen/model';
import type { Blocker } from '@chuangwen/rules';

/** Where the data came from. */
type Origin = { kind: 'service'; api: string; campaignId: string } | { kind: 'file'; name: string };

/** A campaign as the dashboard reads it. */
export interface CampaignData {
  origin: Origin;
  document: Campaign;
  /** Observations in force (corrected and withdrawn ones left out). */
  observations: Observation[];
  rectifications: Rectification[];
  surveys: SurveyResponse[];
  documents: ArchiveDocument[];
  /** The machine's phase and its blockers, when a record holds them; a file has only its planned timeline. */
  machine?: { state: CampaignState; blockers: Blocker[] };
}

interface EvidenceItem<T> {
  kind: string;
  record: T;
}

/** A failed read, with the service's own words when it gave any. */
export class LoadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

async function read<T>(api: string, path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${api}${path}`, { headers: { accept: 'application/json' } });
  } catch {
    throw new LoadError(`无法连接服务 ${api}`, `cannot reach the service at ${api}`);
  }
  const body = (await response.json().catch(() => ({}))) as { message?: { 'zh-CN'?: string; en?: string } };
  if (!response.ok)
    throw new LoadError(
      body.message?.['zh-CN'] ?? `服务返回 ${response.status}`,
      body.message?.en ?? `the service answered ${response.status}`,
    );
  return body as T;
}

/** The heads of every stream: they move whenever anything is recorded, so polling them tells when to reload. */
export async function readHeads(api: string, campaignId: string): Promise<string> {
  const { heads } = await read<{ heads: unknown }>(api, `/campaigns/${encodeURIComponent(campaignId)}/heads`);
  return JSON.stringify(heads);
}

/** Reads a campaign whole from the example service. */
export async function loadFromService(api: string, campaignId: string): Promise<CampaignData> {
  const base = `/campaigns/${encodeURIComponent(campaignId)}`;
  const [raw, evidence, ledger, campaign, readiness] = await Promise.all([
    read<unknown>(api, `${base}/document`),
    read<{ items: EvidenceItem<unknown>[] }>(api, `${base}/evidence?inForce=true`),
    read<{ entries: (Rectification & { overdue?: boolean })[] }>(api, `${base}/ledger`),
    read<{ state: CampaignState }>(api, base),
    read<{ blockers: Blocker[] }>(api, `${base}/readiness`),
  ]);
  const checked = validateCampaign(raw);
  if (!checked.ok)
    throw new LoadError('服务返回的创建工作文件无效', 'the campaign document from the service is invalid');
  const of = <T>(kind: string) => evidence.items.filter((i) => i.kind === kind).map((i) => i.record as T);
  return {
    origin: { kind: 'service', api, campaignId },
    document: checked.value,
    observations: of<Observation>('observation'),
    surveys: of<SurveyResponse>('survey'),
    documents: of<ArchiveDocument>('document'),
    // The ledger's overdue flag is the service's view at its own clock; the dashboard judges at its own moment.
    rectifications: ledger.entries.map(({ overdue: _, ...r }) => r),
    machine: { state: campaign.state, blockers: readiness.blockers },
  };
}
