import type { PartChanges } from './snapshot-parts.js';
import type { SqlRunner } from './sql.js';

/** A campaign's snapshot rows as stored: the core's text and each part's name and text, in name order. */
export interface SnapshotRows {
  core: string;
  parts: [name: string, text: string][];
}

/** Reads a campaign's core row and its part rows in the caller's transaction; undefined for an unknown campaign. */
export async function readSnapshotRows(q: SqlRunner, campaignId: string): Promise<SnapshotRows | undefined> {
  const rows = await q.all<{ snapshot: unknown }>('SELECT snapshot FROM chuangwen_campaigns WHERE id = ?', [
    campaignId,
  ]);
  if (rows.length === 0) return undefined;
  const parts = await q.all<{ part: unknown; body: unknown }>(
    'SELECT part, body FROM chuangwen_snapshot_parts WHERE campaign_id = ? ORDER BY part',
    [campaignId],
  );
  return { core: String(rows[0]!.snapshot), parts: parts.map((p) => [String(p.part), String(p.body)]) };
}

/** Writes what an event changed of a campaign's snapshot, in the caller's transaction. */
export async function writeSnapshotParts(
  q: SqlRunner,
  campaignId: string,
  changes: PartChanges,
): Promise<void> {
  if (changes.rewrite)
    await q.run('DELETE FROM chuangwen_snapshot_parts WHERE campaign_id = ?', [campaignId]);
  if (changes.core !== undefined)
    await q.run('UPDATE chuangwen_campaigns SET snapshot = ? WHERE id = ?', [changes.core, campaignId]);
  for (const name of changes.remove)
    await q.run('DELETE FROM chuangwen_snapshot_parts WHERE campaign_id = ? AND part = ?', [
      campaignId,
      name,
    ]);
  for (const [name, text] of changes.put) {
    if (!changes.rewrite)
      await q.run('DELETE FROM chuangwen_snapshot_parts WHERE campaign_id = ? AND part = ?', [
        campaignId,
        name,
      ]);
    await q.run('INSERT INTO chuangwen_snapshot_parts (campaign_id, part, body) VALUES (?, ?, ?)', [
      campaignId,
      name,
      text,
    ]);
  }
}
