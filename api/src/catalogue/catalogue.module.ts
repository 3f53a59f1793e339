import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrainerCourse } from '../authoring/trainer-course.entity.js';
import { CatalogueService } from './catalogue.service.js';
import { CourseVersion } from './course-version.entity.js';

@Module({ imports: [TypeOrmModule.forFeature([CourseVersion, TrainerCourse])], providers: [CatalogueService], exports: [CatalogueService] })
export class CatalogueModule {}
