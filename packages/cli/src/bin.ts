#!/usr/bin/env node
import { run } from './run.js';

// A reader that stops early (chuangwen … | head) closes the pipe: that ends the command quietly, as it should.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stderr.isTTY === true,
  env: process.env,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
