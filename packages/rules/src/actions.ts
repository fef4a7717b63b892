import type { ActionOwner, ComplianceClass, RequiredAction } from './classes.js';
import type { ClassifyInput } from './classify.js';
import { say } from './messages.js';
import type { ClassificationPolicy } from './policy.js';
import type { Moment } from './time.js';

// Fixed texts are shared, frozen, so classifying a million cells does not build a million copies of them.
const ARCHIVE = Object.freeze(say('archiveMaterials'));
const PREPARE = Object.freeze(say('prepareFieldInspection'));
const RECTIFY = Object.freeze(say('openRectification'));
const INVEST = Object.freeze(say('increaseInvestment'));
const MOCK = Object.freeze(say('mockInspection'));
// The seed plan: 相关责任单位应迅速组织模拟检查; the supervision group is kept informed.
const INFORM_SUPERVISION: readonly ActionOwner[] = Object.freeze([
  Object.freeze({ kind: 'workingGroup', group: 'supervision' } as const),
]);
const NO_UNITS: ActionOwner = Object.freeze({
  kind: 'units',
  unitIds: Object.freeze([]) as readonly string[],
});

// The same standard, class, units, policy and moment always demand the same work: cells of a board share one frozen
// list instead of building a million equal ones. The cache lives as long as the moment and the policy do.
let cache:
  | {
      moment: Moment;
      policy: ClassificationPolicy;
      byStandard: WeakMap<object, Map<string, readonly RequiredAction[]>>;
    }
  | undefined;

/**
 * The work each class demands, following the seed plan: archive, rectify, run a mock inspection, or keep tracking.
 * The list is frozen and shared between equal calls.
 */
export function actionsFor(
  verdict: ComplianceClass,
  input: ClassifyInput,
  policy: ClassificationPolicy,
  moment: Moment,
): readonly RequiredAction[] {
  if (cache?.moment !== moment || cache.policy !== policy)
    cache = { moment, policy, byStandard: new WeakMap() };
  let byKey = cache.byStandard.get(input.standard);
  if (!byKey) {
    byKey = new Map();
    cache.byStandard.set(input.standard, byKey);
  }
  const units = input.responsibleUnitIds;
  const key = units?.length ? `${verdict}\u0000${units.join('\u0000')}` : verdict;
  let actions = byKey.get(key);
  if (!actions) {
    actions = Object.freeze(build(verdict, input, policy, moment).map((a) => Object.freeze(a)));
    byKey.set(key, actions);
  }
  return actions;
}

function build(
  verdict: ComplianceClass,
  input: ClassifyInput,
  policy: ClassificationPolicy,
  moment: Moment,
): RequiredAction[] {
  const leads: ActionOwner = input.responsibleUnitIds?.length
    ? Object.freeze({ kind: 'units', unitIds: Object.freeze([...input.responsibleUnitIds]) })
    : NO_UNITS;
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
          owner: leads,
          informed: INFORM_SUPERVISION,
          dueOn: moment.daysLater(policy.mockInspectionDays),
          methods: input.standard.methods,
        },
      ];
    case 'reboundProne':
      return [
        {
          kind: 'recurringTracking',
          message: say('recurringTracking', { everyDays: policy.recheckEveryDays }),
          owner: leads,
          everyDays: policy.recheckEveryDays,
          dueOn: moment.daysLater(policy.recheckEveryDays),
        },
      ];
  }
}
