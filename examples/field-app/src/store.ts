// The app's state: who is signed in, the campaign as last read (from the service, else from the device), whether the
// network is there, and the outbox; the screens read it and call these to act.
import { ref, shallowRef } from 'vue';
import { type FieldData, keptFieldData, refreshFieldData } from './data/field-data.js';
import { drain, loadOutbox, useCampaign } from './data/outbox.js';
import { gateway, loadSession, user } from './data/session.js';

/** The campaign as last read. */
export const data = shallowRef<FieldData | undefined>();
/** Whether the device says it is online. */
export const online = ref(navigator.onLine);
/** Whether the data on screen came from the device because the service could not be reached. */
export const fromDevice = ref(false);

/** Reads the campaign from the service, or from the device when the service cannot be reached. */
export async function refresh(): Promise<void> {
  const campaignId = gateway.value?.campaignId;
  if (!campaignId || !user.value) return;
  try {
    data.value = await refreshFieldData(user.value.id, campaignId);
    fromDevice.value = false;
  } catch {
    data.value = (await keptFieldData(campaignId)) ?? data.value;
    fromDevice.value = true;
  }
}

/** Starts the app: the session, the outbox, the data, and sending whenever the network comes back. */
export async function start(): Promise<void> {
  await Promise.all([loadSession(), loadOutbox()]);
  if (gateway.value) useCampaign(gateway.value.campaignId);
  window.addEventListener('online', () => {
    online.value = true;
    void drain().then(refresh);
  });
  window.addEventListener('offline', () => {
    online.value = false;
  });
  // A network the device did not notice coming back is found by trying now and then.
  setInterval(() => {
    if (navigator.onLine) void drain();
  }, 10_000);
  await refresh();
  void drain();
}
