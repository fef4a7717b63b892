// A campaign file dropped onto the page, read the way a service reads a posted document: validated, imported whole
// into a record in memory (`documentView`), and viewed there, so it shows exactly what the service would. Loaded only
// when a file is dropped: the service mode never fetches the record's code.
import { type FrameworkEdition, validateFramework } from '@chuangwen/checklists';
import { recordedFramework } from '@chuangwen/machine';
import { type Campaign, type ValidationIssue, validateCampaign } from '@chuangwen/model';
import {
  type CampaignView,
  campaignView,
  documentView,
  type MemoryRecordStore,
  viewData,
} from '@chuangwen/store';
import { addEditions, editionsOf, knownEdition } from './editions.js';
import { LoadError } from './load-error.js';
import { plannedPhase } from './planned-phase.js';
import { type CampaignSource, HISTORY_EVERY_DAYS, SCHEDULE_DAYS } from './source.js';

/** The issues shown when a file is refused, at most. */
const SHOWN_ISSUES = 5;
/** The most points of the board's history, as the service answers it. */
const HISTORY_POINTS = 200;

const refused = (name: string, what: { zh: string; en: string }, issues: readonly ValidationIssue[]) => {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return new LoadError(
    `${name} 不是有效的${what.zh}：${shown.map((i) => `${i.pointer} ${i.message['zh-CN']}`).join('；')}`,
    `${name} is not a valid ${what.en}: ${shown.map((i) => `${i.pointer} ${i.message.en}`).join('; ')}`,
  );
};

function parse(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError(`${name} 不是有效的 JSON 文件`, `${name} is not a valid JSON file`);
  }
}

/**
 * The moments of the board's history: every `every` days at noon from the first planned day, then the moment itself;
 * the same moments the service's `GET /campaigns/:id/history` judges at.
 */
function historyMoments(first: string | undefined, asOf: string): string[] {
  const end = Date.parse(asOf);
  const out: string[] = [];
  if (first !== undefined)
    for (
      let ms = Date.parse(`${first}T12:00:00+08:00`);
      ms < end && out.length < HISTORY_POINTS - 1;
      ms += HISTORY_EVERY_DAYS * 86_400_000
    )
      out.push(new Date(ms).toISOString());
  out.push(asOf);
  return out;
}

/** The page's source over a view of the record a file was read into. */
function fromView(
  name: string,
  campaign: Campaign,
  view: CampaignView,
  store: MemoryRecordStore,
): CampaignSource {
  const data = viewData(view);
  const planned = plannedPhase(data.countdown.phases);
  return {
    origin: { kind: 'file', name },
    asOf: data.asOf,
    view: data,
    document: campaign,
    framework: data.configuration.frameworks.find((f) => f.role === 'main')!.edition,
    phase: { state: planned, fromRecord: false, blockers: view.readinessFor(planned).blockers },
    cells: async (code) => view.cells(code),
    explain: async (code, key) => view.explain(code, key),
    history: async () => view.boardHistory(historyMoments(campaign.timeline[0]?.start, data.asOf)),
    at: async (asOf) => {
      const moved = await campaignView(store, campaign.id, { asOf, scheduleDays: SCHEDULE_DAYS });
      return fromView(name, campaign, moved!, store);
    },
  };
}

/** The hash of an edition's content, as a record names it. */
const contentHash = (edition: FrameworkEdition) => recordedFramework(edition, 'main').contentHash;

/**
 * Reads the files dropped together: one campaign document, and the framework editions it is assessed against (a file
 * with `items` is a framework), so a campaign of another edition than the bundled samples shows as well.
 */
export async function fileSource(
  files: readonly { name: string; text: string }[],
  asOf: string,
): Promise<CampaignSource> {
  const campaigns: { name: string; json: unknown }[] = [];
  const dropped = new Map<string, FrameworkEdition>();
  for (const file of files) {
    const json = parse(file.name, file.text);
    if (json === null || typeof json !== 'object' || !('items' in json)) {
      campaigns.push({ name: file.name, json });
      continue;
    }
    const framework = validateFramework(json);
    if (!framework.ok) throw refused(file.name, { zh: '测评体系', en: 'framework' }, framework.issues);
    const id = framework.value.id;
    const known = knownEdition(id);
    // An edition is fixed by its id: changed content under a known id would change every campaign judged by it.
    if (known && contentHash(known) !== contentHash(framework.value))
      throw new LoadError(
        `${file.name} 的测评体系 ${id} 与页面已有的同编号版本内容不同：修订后的测评体系须使用新的编号`,
        `${file.name} holds framework edition ${id} with other content than the page's edition of that id: a changed edition needs an id of its own`,
      );
    dropped.set(id, framework.value);
  }
  if (campaigns.length !== 1)
    throw new LoadError(
      `请拖入一个创建工作文件（可同时拖入它的测评体系文件）；这次有 ${campaigns.length} 个`,
      `drop one campaign file (with its framework files, if any); this time there were ${campaigns.length}`,
    );
  const { name, json } = campaigns[0]!;
  const checked = validateCampaign(json);
  if (!checked.ok) throw refused(name, { zh: '创建工作文件', en: 'campaign document' }, checked.issues);
  const read = await documentView(checked.value, {
    editions: editionsOf(checked.value, dropped),
    asOf,
    scheduleDays: SCHEDULE_DAYS,
  });
  if (!read.ok) throw refused(name, { zh: '创建工作文件', en: 'campaign document' }, read.issues);
  addEditions(dropped);
  return fromView(name, checked.value, read.view, read.store);
}
