import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { CoursesController } from './courses.controller.js';
import { CoursesService } from './courses.service.js';

@Module({ imports: [CatalogueModule, EnrolmentsModule], controllers: [CoursesController], providers: [CoursesService] })
export class CoursesModule {}
