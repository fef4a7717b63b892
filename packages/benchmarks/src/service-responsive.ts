// While one client posts each of the worst campaign documents the service's limits allow (the ones its own test posts,
// examples/http-service/src/hostile-bodies.ts), another keeps reading a campaign's board: the reads' latency, and
// how long each hostile request took to be refused.
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { hostileDocuments } from '@chuangwen/example-http-service/hostile-bodies';
import type { Results } from './results.js';
import type { Instances } from './service-instances.js';

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Records the responsiveness figures into a table of their own. */
export async function responsiveness(
  results: Results,
  instances: Instances,
  options: { office: Record<string, string>; median: (values: readonly number[]) => number },
): Promise<void> {
  const [url] = await instances.start(1, { DATABASE_PATH: '' });
  const created = await fetch(`${url}/campaigns`, {
    method: 'POST',
    headers: options.office,
    body: JSON.stringify(sampleStreetCampaign()),
  });
  if (created.status !== 201) throw new Error('the campaign must be created');
  const read = async () => {
    const start = performance.now();
    const r = await fetch(`${url}/campaigns/yunxi-2026/board`, { headers: options.office });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`a read answered ${r.status}`);
    return performance.now() - start;
  };
  // Reads before anything hostile, to warm the service and to compare with.
  const quiet: number[] = [];
  for (let i = 0; i < 200; i++) quiet.push(await read());
  results.table('responsive', {
    en: 'Responsiveness: one client posts each worst document the limits allow (the service on SQLite), another reads the board (`GET /campaigns/:id/board`) meanwhile',
    'zh-CN':
      '响应能力：一个客户端逐一提交限额内最恶劣的文件（服务使用 SQLite），另一个客户端同时读取判定板（`GET /campaigns/:id/board`）',
  });
  const during: number[] = [];
  for (const [name, body] of hostileDocuments()) {
    const start = performance.now();
    let done = false;
    const hostile = fetch(`${url}/campaigns`, { method: 'POST', headers: options.office, body }).then(
      async (r) => {
        const text = await r.text();
        done = true;
        return {
          status: r.status,
          type: r.headers.get('content-type') ?? '',
          ms: performance.now() - start,
          text,
        };
      },
    );
    while (!done) {
      const ms = await read();
      if (!done) during.push(ms);
    }
    const answer = await hostile;
    if (answer.status < 400 || answer.status >= 500 || !answer.type.includes('problem+json'))
      throw new Error(
        `${name} must be refused with a problem: ${answer.status} ${answer.text.slice(0, 200)}`,
      );
    results.figure({
      id: `hostile-${name.replace(/[^a-z]+/g, '-')}`,
      measure: {
        en: `the hostile request answered: ${name} (${(Buffer.byteLength(body) / 2 ** 20).toFixed(1)} MiB)`,
        'zh-CN': `恶意请求得到答复：${name}（${(Buffer.byteLength(body) / 2 ** 20).toFixed(1)} MiB）`,
      },
      value: answer.ms,
      unit: 'ms',
      basis: {
        en: `answered ${answer.status}, problem+json`,
        'zh-CN': `答复 ${answer.status}，problem+json`,
      },
      target: { comparison: '<', value: 2000, source: 'issue 20' },
    });
  }
  during.sort((a, b) => a - b);
  quiet.sort((a, b) => a - b);
  results.figure({
    id: 'reads-p99',
    measure: {
      en: 'reads of the board while the hostile requests were in hand, 99th percentile',
      'zh-CN': '恶意请求处理期间读取判定板的耗时，第 99 百分位',
    },
    value: percentile(during, 99),
    unit: 'ms',
    basis: {
      en: `${during.length} reads; median ${options.median(during).toFixed(1)} ms (${options.median(quiet).toFixed(1)} ms with nothing hostile, 99th percentile ${percentile(quiet, 99).toFixed(1)} ms)`,
      'zh-CN': `${during.length} 次读取；中位数 ${options.median(during).toFixed(1)} 毫秒（无恶意请求时 ${options.median(quiet).toFixed(1)} 毫秒，第 99 百分位 ${percentile(quiet, 99).toFixed(1)} 毫秒）`,
    },
    target: { comparison: '<', value: 200, source: 'issue 20' },
  });
  await instances.stop();
}
