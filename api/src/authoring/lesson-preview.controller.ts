import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { renderLesson } from '@vt/courses';
import { Roles, STAFF } from '../auth/roles.decorator.js';
import { LessonPreviewDto } from './dto/authoring.dto.js';

/**
 * The builder's live lesson preview: Markdown rendered by the course model's one renderer (the one
 * lessons and SCORM packages use), so the trainer sees exactly what learners will get. Nothing is stored.
 */
@Controller('trainer/lessons')
export class LessonPreviewController {
  @Post('preview')
  @HttpCode(200)
  @Roles(...STAFF)
  preview(@Body() dto: LessonPreviewDto): { html: string } {
    return { html: renderLesson(dto.markdown) };
  }
}
