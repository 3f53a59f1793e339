import { Controller, Get, Inject } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/roles.decorator.js';
import { isShedding } from '../common/load-shedding.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Transactions } from '../database/transactions.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OverloadedException } from '../common/overloaded.exception.js';

/** The pool's refusal is an answer (busy); any other failure stays one. */
const refusedAsBusy = (error: unknown): true => {
  if (error instanceof OverloadedException) return true;
  throw error;
};

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /**
   * Public: proves the process is up, the database answers and the curriculum is loaded. Never
   * shed: while the server sheds load (common/load-shedding.ts) it still answers 200, with status
   * "degraded", so a liveness probe does not restart a process that is merely busy and a load
   * balancer that reads the body can send new traffic elsewhere. It also carries the one instance
   * setting the web app needs before its first paint in Arabic (`arabicDigits`).
   */
  @Get()
  @Roles('public')
  async health(): Promise<{ status: 'ok' | 'degraded'; database: string; courses: number; arabicDigits: 'latn' | 'arab' }> {
    // On SQLite a cached prepared statement: TypeORM's query path cost more than the rest of the request.
    if (this.transactions.sqlite) this.transactions.readSqlite('SELECT 1', []);
    // A full queue for PostgreSQL's pool (database/pool-queue.ts) means busy, not down: degraded.
    const poolBusy = !this.transactions.sqlite && (await this.dataSource.query('SELECT 1').then(() => false, refusedAsBusy));
    const status = poolBusy || isShedding(this.adapterHost.httpAdapter.getInstance<FastifyInstance>()) ? 'degraded' : 'ok';
    // arabicDigits: the instance's ARABIC_DIGITS, which the web app writes Arabic numbers with.
    return { status, database: this.config.database.type, courses: this.catalogue.listCourses().length, arabicDigits: this.config.arabicDigits };
  }
}
