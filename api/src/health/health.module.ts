import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { HealthController } from './health.controller.js';

@Module({ imports: [CatalogueModule], controllers: [HealthController] })
export class HealthModule {}
