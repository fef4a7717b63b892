// Days as the campaign counts them: in Asia/Shanghai, whatever zone the phone is set to.
import { shanghaiDate } from '@chuangwen/rules';

/** Today (YYYY-MM-DD, Asia/Shanghai) by the service's clock, where this device's offset from it is known. */
export function today(offsetMs?: number): string {
  return shanghaiDate(Date.now() - (offsetMs ?? 0));
}

/** Now by the service's clock, as an instant: the device's time less its measured offset. */
export function serviceNow(offsetMs: number | undefined): string {
  return new Date(Date.now() - (offsetMs ?? 0)).toISOString();
}
