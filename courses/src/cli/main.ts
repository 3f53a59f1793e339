#!/usr/bin/env node
/** Entry of `nx run courses:validate`, `courses:translations` and `courses:schemas` (see run.ts). */
import { runCli } from './run.js';

process.exitCode = runCli(process.argv.slice(2), { log: console.log, error: console.error });
