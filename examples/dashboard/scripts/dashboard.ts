// `npm run dashboard`: starts the example service on a free port with a fresh database, seeds it with the sample
// street, and serves the page with a proxy to it. `--service URL` points the page at a running service instead (no
// seed), `--campaign ID` names the campaign, `--port N` fixes the page's port, `--dev` serves the source with Vite's
// dev server.
import { parseArgs } from 'node:util';
import { type RunningService, startService } from '@chuangwen/example-http-service/process';
import { startPage } from './page-server.js';
import { SAMPLE_AS_OF, SAMPLE_CAMPAIGN_ID, seedSampleStreet } from './seed.js';

const { values } = parseArgs({
  options: {
    service: { type: 'string' },
    campaign: { type: 'string' },
    port: { type: 'string' },
    dev: { type: 'boolean', default: false },
  },
});

let service: RunningService | undefined;
let target = values.service;
if (target === undefined) {
  service = await startService();
  target = service.url;
  console.log(`服务 / service: ${target}（SQLite，临时数据库 / a temporary database）`);
  const events = await seedSampleStreet(target);
  console.log(`示例街道已写入 ${events} 个事件 / the sample street is seeded with ${events} events`);
}
const page = await startPage({
  service: target,
  ...(values.port === undefined ? {} : { port: Number(values.port) }),
  dev: values.dev,
});
// The sample is shown at its own moment (mid-June); a running service's campaign at today.
const query = new URLSearchParams({ campaign: values.campaign ?? SAMPLE_CAMPAIGN_ID });
if (service) query.set('asOf', SAMPLE_AS_OF.slice(0, 10));
console.log(`\n挂图作战 / command screen: ${page.url}?${query}\n按 Ctrl+C 停止 / Ctrl+C stops it.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void (async () => {
      await page.close();
      await service?.stop();
      process.exit(0);
    })();
  });
