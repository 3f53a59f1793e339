import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CourseVersion } from '../catalogue/course-version.entity.js';
import { AuthoringController } from './authoring.controller.js';
import { AuthoringService } from './authoring.service.js';
import { CourseResolver } from './course-resolver.service.js';
import { LessonPreviewController } from './lesson-preview.controller.js';
import { TrainerCourse } from './trainer-course.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([TrainerCourse, CourseVersion]), CatalogueModule],
  controllers: [AuthoringController, LessonPreviewController],
  providers: [AuthoringService, CourseResolver],
  exports: [CourseResolver],
})
export class AuthoringModule {}
