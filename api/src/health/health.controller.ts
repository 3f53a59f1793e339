import { Controller, Get, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/roles.decorator.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Public: proves the process is up, the database answers and the curriculum is loaded. */
  @Get()
  @Roles('public')
  async health(): Promise<{ status: 'ok'; database: string; courses: number }> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.config.database.type, courses: this.catalogue.listCourses().length };
  }
}
