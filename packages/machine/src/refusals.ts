import { type BilingualText, label, type Rectification } from '@chuangwen/model';
import { type CampaignState, stateLabel } from './campaign-states.js';
import { EVENT_TYPE_LABELS } from './event-labels.js';
import type { CampaignEvent, RectificationEvent } from './events.js';

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** Why a rectification event is not possible now, in the words of the ledger. */
export function rectificationRefusal(
  event: RectificationEvent,
  record: Rectification | undefined,
): BilingualText {
  const id = event.rectificationId;
  if (event.type === 'rectification.reported')
    return msg(`整改编号 ${id} 已存在`, `rectification ${id} already exists`);
  if (!record)
    return msg(
      `整改 ${id} 不存在：先以"上报问题"（rectification.reported）登记`,
      `rectification ${id} does not exist: report it first (rectification.reported)`,
    );
  if (event.type === 'rectification.closed' && record.status === 'submitted')
    return msg(
      '销号需要整改材料，且复核人不能是整改人本人',
      'closure needs evidence and a reviewer other than the person who rectified',
    );
  if (record.mergedInto !== undefined)
    return msg(
      `整改 ${id} 已并入 ${record.mergedInto}（并单），请在 ${record.mergedInto} 上办理`,
      `rectification ${id} is merged into ${record.mergedInto}; act on that one`,
    );
  if (event.type === 'rectification.resumed' && record.parkedAt === undefined)
    return msg(
      `整改 ${id} 未挂账，无需恢复办理`,
      `rectification ${id} is not parked; there is nothing to resume`,
    );
  if (record.parkedAt !== undefined && event.type !== 'rectification.parked')
    return msg(
      `整改 ${id} 已挂账，先恢复办理（rectification.resumed）`,
      `rectification ${id} is parked; resume it first (rectification.resumed)`,
    );
  if (record.parkedAt !== undefined) return msg(`整改 ${id} 已挂账`, `rectification ${id} is already parked`);
  return msg(
    `整改 ${id} 处于"${label(record.status, 'zh-CN')}"状态，不能${EVENT_TYPE_LABELS[event.type]['zh-CN']}`,
    `rectification ${id} is ${record.status}; ${event.type} is not possible`,
  );
}

/** Why a campaign event is not possible in the phase the campaign is in. */
export function campaignRefusal(event: CampaignEvent, state: CampaignState): BilingualText {
  if (event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted')
    return msg(
      `单位 ${event.unitId} 尚未登记为牵头或责任单位：先发送"登记责任单位"（unit.registered），或在任务分解中列出该单位`,
      `unit ${event.unitId} is not registered as a lead or responsible unit: send unit.registered first, or name it in a task`,
    );
  if (event.type === 'meeting.recorded')
    return msg(`会议 ${event.meetingId} 已记录过`, `meeting ${event.meetingId} is already recorded`);
  const where = stateLabel(state);
  return msg(
    `当前阶段（${where['zh-CN']}）不能${EVENT_TYPE_LABELS[event.type]['zh-CN']}`,
    `${event.type} is not accepted in ${where.en.toLowerCase()}`,
  );
}
