#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { runCli } from './run.js';

// The curriculum of this repository: scorm-packager/dist/cli → courses/content.
const contentDir = fileURLToPath(new URL('../../../courses/content', import.meta.url));
process.exitCode = await runCli(process.argv.slice(2), { contentDir, out: console.log, err: console.error });
