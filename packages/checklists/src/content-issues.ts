import type { CustomIssueMessages, PathSegment, ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';

/** Messages of the custom codes the checklist schemas raise. */
export const CHECKLIST_MESSAGES: CustomIssueMessages = {
  missing_method: {
    'zh-CN': '测评标准至少需要一种测评方法',
    en: 'a standard needs at least one assessment method',
  },
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
    issues.push(
      issueAt(path, 'duplicate_code', {
        'zh-CN': `编号 "${code}" 重复（首次出现于 ${first}）`,
        en: `duplicate code "${code}" (first used at ${first})`,
      }),
    );
  };
}
