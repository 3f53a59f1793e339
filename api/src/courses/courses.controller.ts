import { Controller, Get, Param, Query } from '@nestjs/common';
import { CurrentUser, OptionalUser } from '../auth/current-user.js';
import { Roles, SIGNED_IN } from '../auth/roles.decorator.js';
import { ConditionalRead } from '../common/http-caching.js';
import type { User } from '../users/user.entity.js';
import type { CourseDetail, CourseSummary, LessonView } from './course-views.js';
import { CoursesService } from './courses.service.js';
import { CourseListQueryDto, LanguageQueryDto } from './dto/course-query.dto.js';

@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get()
  @Roles('public')
  @ConditionalRead()
  list(@Query() query: CourseListQueryDto, @OptionalUser() user: User | undefined): Promise<CourseSummary[]> {
    return this.courses.list(this.courses.language(query.lang, user), query);
  }

  @Get(':id')
  @Roles('public')
  @ConditionalRead()
  detail(@Param('id') id: string, @Query() query: LanguageQueryDto, @OptionalUser() user: User | undefined): Promise<CourseDetail> {
    return this.courses.detail(id, this.courses.language(query.lang, user), user);
  }

  /** Enrolled learners, trainers and admins (the service checks the enrolment). */
  @Get(':id/lessons/:lessonId')
  @Roles(...SIGNED_IN)
  @ConditionalRead()
  lesson(@Param('id') id: string, @Param('lessonId') lessonId: string, @Query() query: LanguageQueryDto, @CurrentUser() user: User): Promise<LessonView> {
    return this.courses.lesson(id, lessonId, this.courses.language(query.lang, user), user);
  }
}
