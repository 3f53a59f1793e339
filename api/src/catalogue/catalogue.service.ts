import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Course } from '@vt/courses';
import { loadCurriculum } from '@vt/courses/node';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The curriculum from courses/, loaded and validated once at start-up. */
@Injectable()
export class CatalogueService implements OnModuleInit {
  private readonly logger = new Logger(CatalogueService.name);
  private courses: Course[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    this.courses = loadCurriculum(this.config.coursesDir).courses;
    this.logger.log(`Loaded ${this.courses.length} course(s) from ${this.config.coursesDir}`);
  }

  listCourses(): Course[] {
    return this.courses;
  }
}
