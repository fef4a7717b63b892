import type { ValidationIssue, ValidationResult } from './issues.js';

/**
 * Thrown by the `define…` functions of every package when content authored in code is invalid (a framework, a
 * checklist, a classification or role policy): a programming error, so it throws rather than returning issues.
 * `issues` says where and why, in both languages.
 */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(
    /** What was being defined, such as `framework sample-district-2026`. */
    readonly what: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`${what} is invalid: ${issues.map((i) => `${i.pointer || '/'} ${i.message.en}`).join('; ')}`);
  }
}

/** The value of a validation, or a {@link ContentError} for authored content that is wrong. */
export function valueOrThrow<T>(what: string, result: ValidationResult<T>): T {
  if (!result.ok) throw new ContentError(what, result.issues);
  return result.value;
}
