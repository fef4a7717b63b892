// A campaign read from the example service: its view at the moment asked (GET /campaigns/:id/view), the schedule a
// month ahead, and the drill-down and history fetched when someone opens them. The service computes all of it with
// `campaignView`; the page only reads.
import type { ReinspectionDue } from '@chuangwen/rules';
import type { CampaignViewData, CellExplanation, ViewCell } from '@chuangwen/store';
import { LoadError } from './load-error.js';
import {
  type CampaignSource,
  documentOf,
  HISTORY_EVERY_DAYS,
  type HistoryPoint,
  mainFramework,
  SCHEDULE_DAYS,
} from './source.js';

/** A read answered 404: for a cell, nothing is recorded there. */
class NotFound extends LoadError {}

async function read<T>(api: string, path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${api}${path}`, { headers: { accept: 'application/json' } });
  } catch {
    throw new LoadError(`无法连接服务 ${api}`, `cannot reach the service at ${api}`);
  }
  const body = (await response.json().catch(() => ({}))) as { message?: { 'zh-CN'?: string; en?: string } };
  if (!response.ok) {
    const Failure = response.status === 404 ? NotFound : LoadError;
    throw new Failure(
      body.message?.['zh-CN'] ?? `服务返回 ${response.status}`,
      body.message?.en ?? `the service answered ${response.status}`,
    );
  }
  return body as T;
}

/** The heads of every stream: they move whenever anything is recorded, so polling them tells when to read again. */
export async function readHeads(api: string, campaignId: string): Promise<string> {
  const { heads } = await read<{ heads: unknown }>(api, `/campaigns/${encodeURIComponent(campaignId)}/heads`);
  return JSON.stringify(heads);
}

/** Remembers one answer per key, so going back and forth in the drill-down asks the service once. */
function once<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const held = new Map<string, Promise<T>>();
  return (key) => {
    let answer = held.get(key);
    if (!answer) {
      answer = load(key);
      held.set(key, answer);
      answer.catch(() => held.delete(key));
    }
    return answer;
  };
}

/** A campaign of the service at `asOf`. */
export async function serviceSource(api: string, campaignId: string, asOf: string): Promise<CampaignSource> {
  const base = `/campaigns/${encodeURIComponent(campaignId)}`;
  const moment = `asOf=${encodeURIComponent(asOf)}`;
  const [view, schedule] = await Promise.all([
    read<CampaignViewData>(api, `${base}/view?${moment}`),
    read<{ due: ReinspectionDue[] }>(api, `${base}/schedule?${moment}&days=${SCHEDULE_DAYS}`),
  ]);
  const framework = mainFramework(view);
  if (!framework)
    throw new LoadError(
      `创建工作 ${campaignId} 没有主测评体系`,
      `campaign ${campaignId} has no main framework edition`,
    );
  const standard = (code: string) => `${base}/standards/${encodeURIComponent(code)}`;
  const cells = once((code) =>
    read<{ cells: ViewCell[] }>(api, `${standard(code)}?${moment}`).then((s) => s.cells),
  );
  const explain = once(async (cell) => {
    const [code, key] = JSON.parse(cell) as [string, string];
    try {
      return await read<CellExplanation>(api, `${standard(code)}/cells/${encodeURIComponent(key)}?${moment}`);
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  });
  const history = once(() =>
    read<{ points: HistoryPoint[] }>(api, `${base}/history?${moment}&every=${HISTORY_EVERY_DAYS}`).then(
      (h) => h.points,
    ),
  );
  const readiness = view.readiness;
  return {
    origin: { kind: 'service', api, campaignId },
    asOf,
    view: { ...view, schedule: schedule.due },
    document: documentOf(view),
    framework,
    phase: { state: view.state, fromRecord: true, blockers: readiness.blockers },
    cells,
    explain: (code, key) => explain(JSON.stringify([code, key])),
    history: () => history(''),
    at: (moment) => serviceSource(api, campaignId, moment),
  };
}
