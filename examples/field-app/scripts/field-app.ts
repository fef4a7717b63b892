// `npm run field-app`: the example service on a fresh SQLite file seeded with the field sample, and the app with its
// gateway, both on this machine. Open the address it prints on a phone on the same network (or in a browser's device
// mode), choose a person and work; Ctrl+C stops both and removes their data.

import { startService } from '@chuangwen/example-http-service/process';
import { startApp } from './page-server.js';
import { FIELD_CAMPAIGN_ID, seedField } from './seed.js';

const service = await startService();
const { people } = await seedField(service.url);
const app = await startApp({
  service: service.url,
  campaignId: FIELD_CAMPAIGN_ID,
  people,
  ...(process.env.PORT ? { port: Number(process.env.PORT) } : {}),
  ...(process.env.HOST ? { host: process.env.HOST } : {}),
});
console.log(`field app: ${app.url} (service ${service.url}) / 实地督查应用：${app.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void app
      .close()
      .then(() => service.stop())
      .then(() => process.exit(0));
  });
