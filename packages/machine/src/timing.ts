import type { ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import type { Head } from './audit.js';
import type { CampaignEvent } from './events.js';

const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * Why an event's time cannot stand: dated later than its receipt by more than the clock skew allowed, or dated before
 * the last applied event of its stream by more than that. A back-filled paper record (`backfill`) may be dated in the
 * past; it is never dated in the future.
 */
export function checkTime(
  event: Pick<CampaignEvent, 'at' | 'backfill'>,
  head: Head,
  receivedAt: string | undefined,
  skewMs: number,
): ValidationIssue[] {
  const at = Date.parse(event.at);
  if (receivedAt !== undefined) {
    const received = Date.parse(receivedAt);
    if (at > received + skewMs)
      return [
        issueAt(['at'], 'dated_after_receipt', {
          'zh-CN': `事件时间 ${event.at} 晚于接收时间 ${receivedAt} 超过 ${minutes(skewMs)} 分钟：请核对发送设备的时钟`,
          en: `dated ${event.at}, more than ${minutes(skewMs)} minutes after it was received (${receivedAt}): check the sender's clock`,
        }),
      ];
  }
  if (!event.backfill && head.at !== undefined && at < Date.parse(head.at) - skewMs)
    return [
      issueAt(['at'], 'dated_before_stream', {
        'zh-CN': `事件时间 ${event.at} 早于本记录流上一事件（${head.at}）：补录纸质记录请注明 backfill 及理由`,
        en: `dated ${event.at}, before the last event of its stream (${head.at}): to enter a paper record later, send it with backfill and a reason`,
      }),
    ];
  return [];
}
