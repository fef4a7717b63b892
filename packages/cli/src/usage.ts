import type { BilingualText } from '@chuangwen/model';
import { CliError, EXIT_CODES } from './io.js';

/** A usage error (exit code 2) in both languages. */
export const usage = (text: BilingualText) => new CliError(EXIT_CODES.usage, text);
