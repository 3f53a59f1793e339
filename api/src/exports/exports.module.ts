import { Module } from '@nestjs/common';
import { AuthoringModule } from '../authoring/authoring.module.js';
import { ExportsController } from './exports.controller.js';
import { ScormPreviews } from './scorm-preview.service.js';

@Module({ imports: [AuthoringModule], controllers: [ExportsController], providers: [ScormPreviews] })
export class ExportsModule {}
