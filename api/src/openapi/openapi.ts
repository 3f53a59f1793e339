import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { dtoSchema, dtoSchemas } from './dto-schemas.js';
import { collectOperationFacts, type OperationFacts } from './operation-access.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Signed in by cookie (the web app) or bearer token (other clients): either satisfies an operation. */
const SIGNED_IN_SECURITY: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];

const PROBLEM: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details, the one error shape of the API (docs/api.md).',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};
const problem = (description: string): ResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
});

/** Who may call, as the AccessGuard will decide it: security, an `x-roles` list and a line a reader sees. */
function describeAccess(operation: OperationObject & { 'x-roles'?: string[] }, facts: OperationFacts): void {
  const isPublic = facts.access.includes('public');
  operation['x-roles'] = [...facts.access];
  operation.security = isPublic ? [] : SIGNED_IN_SECURITY;
  const lines = [isPublic ? 'Public: no sign-in needed.' : `Roles: ${facts.access.join(', ')}`];
  if (facts.rateLimited) lines.push('Rate-limited per IP and per email (429 with Retry-After).');
  operation.description = [operation.description, ...lines].filter(Boolean).join('\n\n');
  const responses = operation.responses;
  if (operation.requestBody || operation.parameters?.length) responses['400'] ??= problem('Invalid input: one entry in `errors` per field.');
  if (!isPublic) {
    responses['401'] ??= problem('Not signed in.');
    responses['403'] ??= problem('Signed in with a role that may not call this.');
  }
  if (facts.rateLimited) responses['429'] ??= problem('Too many attempts.');
}

/** One query parameter per field of a whole-object @Query() DTO, with its rules as the schema. */
function queryParameters(dto: NonNullable<OperationFacts['queryDto']>): ParameterObject[] {
  const schema = dtoSchema(dto);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: required.has(name), schema: property }));
}

/**
 * Completes what @nestjs/swagger's scanner finds without the CLI plugin (we compile with tsc):
 * body schemas from the DTOs' class-validator rules, query parameters, a tag per bounded context,
 * and who may call each operation, from the same @Roles() metadata the guard enforces.
 */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const info = new DocumentBuilder()
    .setTitle('VT Academy API')
    .setDescription('Accounts, catalogue, enrolments, progress, quizzes, certificates and the trainer workspace. Contract and error shape: docs/api.md.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The opaque `token` returned by sign-in or registration.' }, 'bearer')
    .addCookieAuth('vt_session', { type: 'apiKey', in: 'cookie', name: 'vt_session', description: 'The httpOnly session cookie set by sign-in.' }, 'cookie')
    .build();
  const document = SwaggerModule.createDocument(app, info);
  const facts = collectOperationFacts(app);
  // Nest's scanner emits an empty object schema per @Body() class; the DTO's own rules replace it.
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...dtoSchemas(), ProblemDetails: PROBLEM } };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      const found = operation?.operationId ? facts.get(operation.operationId) : undefined;
      if (!operation || !found) continue;
      operation.tags = [found.tag];
      // A trailing `*` route segment appears in the path as {path} but as a parameter named `*`.
      for (const parameter of operation.parameters ?? []) if ('in' in parameter && parameter.in === 'path' && parameter.name === '*') parameter.name = 'path';
      if (found.queryDto)
        operation.parameters = [...(operation.parameters ?? []).filter((p) => !('in' in p) || p.in !== 'query'), ...queryParameters(found.queryDto)];
      describeAccess(operation, found);
    }
  }
  return document;
}

/** Serves the OpenAPI document at /api/docs-json and Swagger UI at /api/docs (assets from swagger-ui-dist, nothing from a CDN). */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'VT Academy API',
    // Swagger UI would otherwise send the document to validator.swagger.io: nothing leaves the server.
    swaggerOptions: { validatorUrl: null, tagsSorter: 'alpha' },
  });
}
