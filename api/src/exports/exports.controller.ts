import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { PackageError, buildPackage, packageFileName } from '@vt/scorm-packager';
import type { FastifyReply } from 'fastify';
import { zipCourseFolder } from '../authoring/course-folder.js';
import { CourseResolver } from '../authoring/course-resolver.service.js';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, STAFF } from '../auth/roles.decorator.js';
import type { User } from '../users/user.entity.js';
import { ScormQueryDto } from './scorm-query.dto.js';

function sendZip(reply: FastifyReply, fileName: string, zip: Buffer): Buffer {
  void reply.header('content-type', 'application/zip').header('content-disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
  return zip;
}

/** Downloads for partners: a SCORM package or the course folder, for curriculum and trainer-made courses alike. */
@Controller('trainer/courses')
export class ExportsController {
  constructor(private readonly courses: CourseResolver) {}

  /** Built by the same library as the CLI, from the course's latest content. */
  @Get(':id/scorm')
  @Roles(...STAFF)
  async scorm(@Param('id') id: string, @Query() query: ScormQueryDto, @CurrentUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { course } = await this.courses.latest(id, user);
    try {
      const zip = await buildPackage(course, { format: query.format, lang: query.lang ?? 'en' });
      return sendZip(reply, packageFileName(course.settings.id, query.lang ?? 'en', query.format), zip);
    } catch (error) {
      if (error instanceof PackageError) throw new BadRequestException({ title: 'cannot package', message: error.message, errors: error.problems.map((p) => ({ field: p.file ?? 'course', message: p.message })) });
      throw error;
    }
  }

  /** A zip of one folder laid out exactly like courses/content/<id>/. */
  @Get(':id/folder')
  @Roles(...STAFF)
  async folder(@Param('id') id: string, @CurrentUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { course } = await this.courses.latest(id, user);
    return sendZip(reply, `${course.settings.id}.zip`, await zipCourseFolder(course));
  }
}
