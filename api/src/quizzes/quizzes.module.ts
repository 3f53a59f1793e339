import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { UsersModule } from '../users/users.module.js';
import { Attempt } from './attempt.entity.js';
import { QuizzesController } from './quizzes.controller.js';
import { QuizzesService } from './quizzes.service.js';
import { SqliteSubmit } from './sqlite-submit.js';

@Module({
  imports: [TypeOrmModule.forFeature([Attempt]), CatalogueModule, EnrolmentsModule, UsersModule],
  controllers: [QuizzesController],
  providers: [QuizzesService, SqliteSubmit],
})
export class QuizzesModule {}
