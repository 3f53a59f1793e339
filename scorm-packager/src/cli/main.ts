#!/usr/bin/env node
import { parseCliOptions } from '../options.js';

try {
  parseCliOptions(process.argv.slice(2));
} catch (error) {
  console.error(`package: ${(error as Error).message}`);
  console.error('usage: npm run package -- --out DIR [--course ID] [--format scorm12|scorm2004] [--lang en|fr|ar|ru]');
  process.exit(2);
}
console.error('package: building zips is not available yet (tracked in issue #5).');
process.exit(1);
