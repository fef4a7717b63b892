#!/usr/bin/env node
import { run } from './run.js';

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stderr.isTTY === true,
  env: process.env,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
