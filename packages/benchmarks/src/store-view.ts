// `campaignView` of a campaign holding 500,000 observations, imported whole from a generated district's document
// (5,000 sites, the 72 standards of the sample framework): the first read, which builds the view's projections from
// the store, then a read after each further event, which catches up by delta.

import { listStandards } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { generateDistrict } from '@chuangwen/fixtures';
import { type Actor, chainHasher, configurationOf } from '@chuangwen/machine';
import { validateCampaign } from '@chuangwen/model';
import { campaignView, importCampaign, type RecordStore, recordEvent } from '@chuangwen/store';
import { KEY } from './record-driver.js';
import { median, type Results, since, size } from './results.js';

const office: Actor = { id: 'p-head', role: 'office' };
const supervisor: Actor = { id: 'p-sup', role: 'supervisionGroup' };

/** Records the view figures of each adapter into a table of their own. */
export async function viewOfManyObservations(
  results: Results,
  adapters: readonly [name: string, open: (db: string) => Promise<RecordStore>][],
  options: { rounds: number },
): Promise<void> {
  const count = size(results, 'BENCH_VIEW_OBSERVATIONS', 500_000);
  const hasher = chainHasher(KEY);
  const codes = listStandards(districtFramework).map((l) => l.standard.code);
  const generated = generateDistrict({
    seed: 5,
    streets: 10,
    unitsPerStreet: 10,
    sitesPerUnit: 50,
    observations: count,
    standardCodes: codes,
    from: '2026-03-01',
  });
  const checked = validateCampaign(generated);
  if (!checked.ok) throw new Error(`the generated district must be valid: ${checked.issues[0]?.message.en}`);
  const campaign = checked.value;
  const configuration = configurationOf(campaign, { editions: [districtFramework] });
  results.table('view', {
    en: `The campaign view (\`campaignView\`) of a campaign holding ${count.toLocaleString('en')} observations (5,000 sites, 72 standards), imported from its document`,
    'zh-CN': `持有 ${count.toLocaleString('en')} 条测评记录的活动（5,000 个点位、72 条标准，由创建工作文件导入）的活动视图（\`campaignView\`）`,
  });
  for (const [name, open] of adapters) {
    const store = await open(`view-${name.toLowerCase()}`);
    let minute = 0;
    const at = () => new Date(Date.parse('2026-09-01T09:00:00+08:00') + minute++ * 60_000).toISOString();
    const imported = await importCampaign(store, campaign, {
      hasher,
      actor: office,
      at: at(),
      configuration,
    });
    if (!imported.ok) throw new Error(`the import must hold: ${imported.issues[0]?.message.en}`);
    let start = process.hrtime.bigint();
    const first = await campaignView(store, campaign.id, { asOf: at() });
    const firstMs = since(start);
    if (first?.evidence.observations.effective !== count)
      throw new Error('the view must hold every observation');
    const after: number[] = [];
    const again: number[] = [];
    for (let round = 0; round < options.rounds + 1; round++) {
      const when = at();
      const site = campaign.sites[(round * 97) % campaign.sites.length]!;
      const recorded = await recordEvent(
        store,
        campaign.id,
        {
          type: 'observation.recorded',
          at: when,
          actor: supervisor,
          observation: {
            id: `fresh-${round}`,
            standardRef: codes[round % codes.length]!,
            scope: { kind: 'site', siteId: site.id },
            observedAt: when,
            method: 'fieldInspection',
            source: 'supervisionCheck',
            outcome: round % 2 ? 'pass' : 'fail',
            violationCount: round % 2,
          },
        },
        { hasher, receivedAt: when },
      );
      if (recorded.kind !== 'recorded' || !recorded.result.accepted)
        throw new Error('the event must be recorded');
      start = process.hrtime.bigint();
      const view = await campaignView(store, campaign.id, { asOf: when });
      const ms = since(start);
      if (view?.evidence.observations.effective !== count + round + 1)
        throw new Error('the view must catch up');
      start = process.hrtime.bigint();
      await campaignView(store, campaign.id, { asOf: when });
      const unchanged = since(start);
      if (round === 0) continue;
      after.push(ms);
      again.push(unchanged);
    }
    const rounds = { en: `median of ${options.rounds}`, 'zh-CN': `${options.rounds} 次的中位数` };
    results.figure({
      id: `view-first-${name.toLowerCase()}`,
      measure: { en: `${name}: the first read`, 'zh-CN': `${name}：首次读取` },
      value: firstMs,
      unit: 'ms',
      basis: { en: 'once, every row read and the board built', 'zh-CN': '一次，读取全部行并建立判定板' },
    });
    results.figure({
      id: `view-after-event-${name.toLowerCase()}`,
      measure: {
        en: `${name}: a read after one more event (an observation)`,
        'zh-CN': `${name}：新增一个事件（一条测评记录）之后的读取`,
      },
      value: median(after),
      unit: 'ms',
      basis: rounds,
      target: { comparison: '<', value: 50, source: 'issue 20' },
    });
    results.figure({
      id: `view-again-${name.toLowerCase()}`,
      measure: { en: `${name}: a read with nothing new`, 'zh-CN': `${name}：没有新事件时的读取` },
      value: median(again),
      unit: 'ms',
      basis: rounds,
    });
    await store.close();
  }
}
