import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { CurriculumError } from '@vt/courses';
import { ConfigError, loadConfig } from './config/app-config.js';
import { CatalogueService } from './catalogue/catalogue.service.js';
import { EnrolmentsService } from './enrolments/enrolments.service.js';
import { DEMO_USERS, UsersService } from './users/users.service.js';

const DEMO_COURSE = 'a1-foundations';

/** So that a fresh platform has something to show: the demo trainee starts on the first course. */
async function enrolDemoTrainee(users: UsersService, enrolments: EnrolmentsService, catalogue: CatalogueService): Promise<void> {
  const trainee = await users.findByEmail(DEMO_USERS[0].email);
  if (trainee && catalogue.hasCourse(DEMO_COURSE)) await enrolments.enrol(trainee.id, DEMO_COURSE);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  // Runs the modules' start-up hooks (the catalogue sync) before the seed needs the courses.
  await app.init();
  if (config.seedDemo) {
    const created = await app.get(UsersService).seedDemoAccounts(process.env.DEMO_PASSWORD);
    if (created.length > 0) {
      await enrolDemoTrainee(app.get(UsersService), app.get(EnrolmentsService), app.get(CatalogueService));
      // Printed once, on the first start only: the passwords are not stored anywhere in clear.
      console.log('\nDemo accounts created (shown this once):');
      for (const account of created) console.log(`  ${account.role.padEnd(8)} ${account.email}  password: ${account.password}`);
      console.log('');
    }
  }
  await app.listen({ port: config.port, host: config.host });
  new Logger('VT Academy').log(`Listening on http://localhost:${config.port} (API under /api, database: ${config.database.type})`);
}

main().catch((error: unknown) => {
  // A bad setting is the operator's to fix: one clear line, no stack trace.
  console.error(error instanceof ConfigError || error instanceof CurriculumError ? error.message : error);
  process.exit(1);
});
