import { CurriculumError } from '@vt/courses';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config/app-config.js';

/**
 * `node api/dist/main.js`: one API process, or with WORKERS > 1 a node:cluster primary that
 * supervises that many (cluster.ts; the workers run this file again and serve). The primary loads
 * neither Nest nor the database: it checks the settings and forks.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const resetDemoPasswords = process.argv.includes('--reset-demo-passwords');
  if (cluster.isPrimary && config.workers > 1 && !resetDemoPasswords) {
    (await import('./cluster.js')).runPrimary(config.workers);
    return;
  }
  await (await import('./serve.js')).serve(config, { resetDemoPasswords });
}

main().catch((error: unknown) => {
  // A bad setting is the operator's to fix: one clear line, no stack trace.
  console.error(error instanceof ConfigError || error instanceof CurriculumError ? error.message : error);
  process.exit(1);
});
