// How the four classes look: a colour and a symbol beside the library's own label, never colour alone. The colours
// keep apart in luminance as well as hue, and the symbols tell them apart in greyscale.
import { CLASS_LABELS, COMPLIANCE_CLASSES, type ComplianceClass } from '@chuangwen/rules';
import { tx } from './i18n.js';

export const CLASS_COLOURS: Record<ComplianceClass, string> = {
  compliant: '#2e7d32',
  nonCompliant: '#c62828',
  undetermined: '#546e7a',
  reboundProne: '#e65100',
};

export const CLASS_SYMBOLS: Record<ComplianceClass, string> = {
  compliant: '✓',
  nonCompliant: '✗',
  undetermined: '?',
  reboundProne: '↻',
};

/** The classes in the order the summary table shows them: as the seed plan lists them. */
export const CLASS_ORDER: readonly ComplianceClass[] = COMPLIANCE_CLASSES;

/** A class's label in the current language, from the library. */
export const classLabel = (cls: ComplianceClass) => tx(CLASS_LABELS[cls]);
