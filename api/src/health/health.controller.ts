import { Controller, Get, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/roles.decorator.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Transactions } from '../database/transactions.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Public: proves the process is up, the database answers and the curriculum is loaded. */
  @Get()
  @Roles('public')
  async health(): Promise<{ status: 'ok'; database: string; courses: number }> {
    // On SQLite a cached prepared statement: TypeORM's query path cost more than the rest of the request.
    if (this.transactions.sqlite) this.transactions.readSqlite('SELECT 1', []);
    else await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.config.database.type, courses: this.catalogue.listCourses().length };
  }
}
