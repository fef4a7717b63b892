import { z } from 'zod';

/** A code of a framework node or checklist entry: letters, digits and `_ . : -`. */
export const CodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/);

/**
 * A code as the published document prints it, beside the stable ASCII code: `Ⅰ—1`, `一、`, `（三）`, `①`. Shown to
 * people; records always refer to the stable code.
 */
export const DisplayCodeSchema = z
  .string()
  .min(1)
  .max(32)
  .meta({ description: 'Code as printed, such as Ⅰ—1 or （三） / 原文编号' });
