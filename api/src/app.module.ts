import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthoringModule } from './authoring/authoring.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { CoursesModule } from './courses/courses.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { TransactionsModule } from './database/transactions.js';
import { EnrolmentsModule } from './enrolments/enrolments.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { HealthModule } from './health/health.module.js';
import { QuizzesModule } from './quizzes/quizzes.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { UsersModule } from './users/users.module.js';

@Global()
@Module({})
class ConfigHolderModule {
  static forConfig(config: AppConfig): DynamicModule {
    return { module: ConfigHolderModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/** The whole API, built from one validated configuration object. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigHolderModule.forConfig(config),
        // No retries: a database that does not answer at start-up is a setting to fix, not to wait for.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database, config.databasePool.size), retryAttempts: 0 }),
        TransactionsModule,
        AuditModule,
        UsersModule,
        AuthModule,
        CatalogueModule,
        CoursesModule,
        EnrolmentsModule,
        QuizzesModule,
        CertificatesModule,
        HealthModule,
        AuthoringModule,
        CohortsModule,
        ReportsModule,
        ExportsModule,
      ],
    };
  }
}
