import { defineFramework } from '@chuangwen/checklists';
import { syntheticFramework, syntheticStandardCodes } from '@chuangwen/fixtures';
import { shapeOf } from './mix.js';
import { fill, newRecord, nextEvents, send } from './record-driver.js';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const codes = syntheticStandardCodes(20, 10, 15);
const r = newRecord(shapeOf(1000, 5, codes), defineFramework(syntheticFramework(codes) as never));
fill(r, Number(process.env.N ?? 60000));
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
const byKind = new Map<string, number[]>();
for (let i = 0; i < 3; i++) send(r, nextEvents(r, 1000), byKind);
const { profile } = await session.post('Profiler.stop');
writeFileSync('/tmp/prof/rec2.cpuprofile', JSON.stringify(profile));
for (const [k, v] of byKind) { v.sort((a, b) => a - b); console.log(k, v.length, (v[v.length >> 1] * 1000).toFixed(0), 'µs'); }
