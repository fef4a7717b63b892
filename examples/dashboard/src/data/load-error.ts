// A failed read, in both languages: the service's own words when it gave any, else the page's.

/** Why the page could not read a campaign (or a part of one), in Chinese and in English. */
export class LoadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Any failure as a LoadError, so the page always has both languages to show. */
export function asLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  // Not a refusal the page wrote: its detail is the browser's (English), kept for the console.
  console.error(error);
  const text = error instanceof Error ? error.message : String(error);
  return new LoadError(
    '读取时出现意外错误（详情见浏览器控制台）',
    `an unexpected error while reading: ${text}`,
  );
}
