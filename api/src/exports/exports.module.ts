import { Module } from '@nestjs/common';
import { AuthoringModule } from '../authoring/authoring.module.js';
import { ExportsController } from './exports.controller.js';

@Module({ imports: [AuthoringModule], controllers: [ExportsController] })
export class ExportsModule {}
