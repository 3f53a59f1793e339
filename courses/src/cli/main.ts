#!/usr/bin/env node
/** Entry of `nx run courses:validate` and `nx run courses:translations` (see run.ts). */
import { runCli } from './run.js';

process.exitCode = runCli(process.argv.slice(2), { log: console.log, error: console.error });
