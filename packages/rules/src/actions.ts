import type { ActionOwner, ComplianceClass, RequiredAction } from './classes.js';
import type { ClassifyInput } from './classify.js';
import type { ClassificationPolicy } from './policy.js';
import type { Moment } from './time.js';

// Fixed texts are shared, frozen, so classifying a million cells does not build a million copies of them.
const text = (zh: string, en: string) => Object.freeze({ 'zh-CN': zh, en });
const ARCHIVE = text('整理、归档本标准要求的材料', "organise and archive the standard's required materials");
const PREPARE = text('做好迎接实地考察的准备', 'prepare for the field inspection');
const RECTIFY = text(
  '建立整改台账，明确牵头单位和整改期限',
  'open a rectification with a lead unit and a deadline',
);
const INVEST = text(
  '加大投入，全力推进，尽快达标',
  'invest more and push hard to reach the standard quickly',
);
const MOCK = text(
  '督查检查组按本标准的测评方法组织模拟检查',
  "the supervision group runs a mock inspection with the standard's methods",
);
const SUPERVISION: ActionOwner = Object.freeze({ kind: 'workingGroup', group: 'supervision' });
const NO_LEADS: ActionOwner = Object.freeze({
  kind: 'leadUnits',
  unitIds: Object.freeze([]) as readonly string[],
});

/** The work each class demands, following the seed plan: archive, rectify, inspect, or keep tracking. */
export function actionsFor(
  verdict: ComplianceClass,
  input: ClassifyInput,
  policy: ClassificationPolicy,
  moment: Moment,
): RequiredAction[] {
  const leads: ActionOwner = input.leadUnitIds?.length
    ? { kind: 'leadUnits', unitIds: [...input.leadUnitIds] }
    : NO_LEADS;
  switch (verdict) {
    case 'compliant':
      return [
        {
          kind: 'archiveMaterials',
          message: ARCHIVE,
          owner: leads,
          materials: input.standard.materialRequirements,
        },
        {
          kind: 'prepareFieldInspection',
          message: PREPARE,
          owner: leads,
        },
      ];
    case 'nonCompliant':
      return [
        {
          kind: 'openRectification',
          message: RECTIFY,
          owner: leads,
          dueOn: moment.daysLater(policy.rectificationDays),
        },
        {
          kind: 'increaseInvestment',
          message: INVEST,
          owner: leads,
        },
      ];
    case 'undetermined':
      return [
        {
          kind: 'mockInspection',
          message: MOCK,
          owner: SUPERVISION,
          dueOn: moment.daysLater(policy.mockInspectionDays),
          methods: input.standard.methods,
        },
      ];
    case 'reboundProne':
      return [
        {
          kind: 'recurringTracking',
          message: {
            'zh-CN': `落实长效措施，每 ${policy.recheckEveryDays} 天复查一次`,
            en: `keep standing measures and re-check every ${policy.recheckEveryDays} days`,
          },
          owner: leads,
          everyDays: policy.recheckEveryDays,
          dueOn: moment.daysLater(policy.recheckEveryDays),
        },
      ];
  }
}
