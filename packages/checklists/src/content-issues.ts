import type { CustomIssueMessages, PathSegment, ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { say } from './messages.js';

/** Messages of the custom codes the checklist schemas raise. */
export const CHECKLIST_MESSAGES: CustomIssueMessages = {
  missing_method: /* @__PURE__ */ say('missingMethod'),
};

/**
 * A registry of codes that must be unique in one document: `claim(code, path)` records the code, or reports a
 * `duplicate_code` issue naming where it was first used.
 */
export function uniqueCodes(issues: ValidationIssue[]): (code: string, path: PathSegment[]) => void {
  const firstUse = new Map<string, string>();
  return (code, path) => {
    const first = firstUse.get(code);
    if (first === undefined) {
      firstUse.set(code, path.join('/'));
      return;
    }
    issues.push(issueAt(path, 'duplicate_code', say('duplicateCode', { code, first })));
  };
}
