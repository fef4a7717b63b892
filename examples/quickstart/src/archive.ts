// The archive (档案): each piece of material filed through the evidence stream, counted against the inventory.

import { sha256Hex } from '@chuangwen/machine';
import type { ArchiveCategory } from '@chuangwen/model';
import { label } from '@chuangwen/model';
import type { Clock } from './clock.js';
import type { Desk } from './desk.js';
import { A } from './street.js';

export class Archive {
  private seq = 0;

  constructor(
    private readonly clock: Clock,
    private readonly desk: Desk,
  ) {}

  /** Files `count` pieces of one category of material for a standard; each is a document with its digest. */
  file(standardRef: string, category: ArchiveCategory, count: number) {
    for (let i = 0; i < count; i++) {
      const id = `doc-${++this.seq}`;
      const title = `${label(category, 'zh-CN')}（${standardRef}，第 ${i + 1} 份）`;
      this.desk.send({
        type: 'document.filed',
        actor: A.archivist,
        document: {
          id,
          title,
          category,
          standardRefs: [standardRef],
          date: this.clock.today(),
          // A sample digest and address: a host stores the file and records its SHA-256 here.
          sha256: sha256Hex(title),
          uri: `archive://sample-street/${id}`,
        },
      });
    }
  }
}
