import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { LANGUAGES, type Language } from '@vt/courses';
import { PackageError, SCORM_FORMATS, buildPackage, packageFileName, reportKeyHtml, type ScormFormat } from '@vt/scorm-packager';
import type { FastifyReply } from 'fastify';
import { zipCourseFolder } from '../authoring/course-folder.js';
import { CourseResolver } from '../authoring/course-resolver.service.js';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, STAFF } from '../auth/roles.decorator.js';
import type { User } from '../users/user.entity.js';
import { ReportKeyQueryDto, ScormQueryDto } from './scorm-query.dto.js';
import { ScormPreviews, packageErrorResponse, packagePath } from './scorm-preview.service.js';

/**
 * The package's own policy (the one its index.html declares) plus framing by this origin only: the
 * preview page frames it, nobody else may. Every other response keeps frame-ancestors 'none'.
 */
export const SCORM_PREVIEW_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/** The report key is a static page: its own inline style, no script, nothing framed or fetched. */
const REPORT_KEY_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sendZip(reply: FastifyReply, fileName: string, zip: Buffer): Buffer {
  void reply.header('content-type', 'application/zip').header('content-disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
  return zip;
}

/** Downloads for partners: a SCORM package or the course folder, for curriculum and trainer-made courses alike. */
@Controller('trainer/courses')
export class ExportsController {
  constructor(
    private readonly courses: CourseResolver,
    private readonly previews: ScormPreviews,
  ) {}

  /** Built by the same library as the CLI, from the course's latest content. */
  @Get(':id/scorm')
  @Roles(...STAFF)
  async scorm(
    @Param('id') id: string,
    @Query() query: ScormQueryDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { course } = await this.courses.latest(id, user);
    try {
      const zip = await buildPackage(course, { format: query.format, lang: query.lang ?? 'en' });
      return sendZip(reply, packageFileName(course.settings.id, query.lang ?? 'en', query.format), zip);
    } catch (error) {
      if (error instanceof PackageError) throw packageErrorResponse(error);
      throw error;
    }
  }

  /**
   * The package of the course's latest content, unzipped and served file by file on this origin, so
   * the web app can play it in a frame under scorm-again before it goes to a partner.
   */
  @Get(':id/scorm/preview/:format/:lang/*')
  @Roles(...STAFF)
  async scormPreview(
    @Param('id') id: string,
    @Param('format') format: string,
    @Param('lang') lang: string,
    @Param('*') rawPath: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const errors = [
      ...(SCORM_FORMATS.includes(format as ScormFormat) ? [] : [{ field: 'format', message: `must be one of ${SCORM_FORMATS.join(', ')}` }]),
      ...(LANGUAGES.includes(lang as Language) ? [] : [{ field: 'lang', message: `must be one of ${LANGUAGES.join(', ')}` }]),
    ];
    const path = packagePath(rawPath ?? '');
    if (path === undefined) errors.push({ field: 'path', message: 'must name a file inside the package' });
    if (errors.length > 0 || path === undefined) throw new BadRequestException({ message: 'Invalid preview address.', errors });
    const { course } = await this.courses.latest(id, user);
    const file = await this.previews.file(course, format as ScormFormat, lang as Language, path);
    if (!file) throw new NotFoundException(`No file "${path}" in this package.`);
    void reply
      .header('content-type', file.contentType)
      .header('content-security-policy', SCORM_PREVIEW_CSP)
      .header('x-frame-options', 'SAMEORIGIN')
      // The same address serves new bytes after an edit: always revalidate.
      .header('cache-control', 'private, no-cache');
    return file.content;
  }

  /**
   * The printable page a trainer reads an LMS's SCORM 1.2 interactions report with: each question
   * and the character its options are reported as (no answer key: the report says right or wrong).
   */
  @Get(':id/report-key')
  @Roles(...STAFF)
  async reportKey(
    @Param('id') id: string,
    @Query() query: ReportKeyQueryDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { course } = await this.courses.latest(id, user);
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', REPORT_KEY_CSP)
      .header('cache-control', 'private, no-cache');
    return reportKeyHtml(course, query.lang ?? 'en');
  }

  /** A zip of one folder laid out exactly like courses/content/<id>/. */
  @Get(':id/folder')
  @Roles(...STAFF)
  async folder(@Param('id') id: string, @CurrentUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { course } = await this.courses.latest(id, user);
    return sendZip(reply, `${course.settings.id}.zip`, await zipCourseFolder(course));
  }
}
