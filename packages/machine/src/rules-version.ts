// The edition of the record's own rules. A record is stamped with it when it is created and keeps it: checks added
// later judge the records created after them, so a record that verified keeps verifying after an upgrade.

/**
 * The rules a record created now is judged by. 1: the record as first released. 2: evidence seen after its receipt is
 * refused; an inspector records findings under their own name and of the kinds their visits make, and files documents
 * and records surveys only for units their work covers; a unit's submission cites only its own unit's documents.
 */
export const RULES_VERSION = 2;
