import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the OpenAPI document at /api/docs-json and Swagger UI at /api/docs (assets from swagger-ui-dist, nothing from a CDN). */
export function setupOpenApi(app: NestFastifyApplication): void {
  const info = new DocumentBuilder()
    .setTitle('VT Academy API')
    .setDescription('Accounts, catalogue, enrolments, progress, quizzes, certificates and the trainer workspace.')
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('vt_session')
    .build();
  const document = SwaggerModule.createDocument(app, info);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
