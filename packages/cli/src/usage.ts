import { CliError, EXIT_CODES } from './io.js';

/** A usage error (exit code 2) in both languages. */
export const usage = (zh: string, en: string) => new CliError(EXIT_CODES.usage, { 'zh-CN': zh, en });
