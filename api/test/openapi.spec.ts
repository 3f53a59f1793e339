import { servedRoutes } from './served-routes.js';
import { startTestApp, type TestApp } from './test-app.js';

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  tags: string[];
  description?: string;
  security?: Record<string, string[]>[];
  'x-roles': string[];
  parameters?: { name: string; in: string; required?: boolean; schema: Json }[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}
interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The served routes (served-routes.ts) in OpenAPI's spelling: `{param}`, and the wildcard as `{path}`. */
function servedOperations(t: TestApp): Map<string, unknown> {
  return new Map([...servedRoutes(t.app)].map(([route, access]) => [route.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{path}'), access]));
}

function operations(doc: Document): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]),
  );
}

function resolve(doc: Document, schema: Json): Json {
  const ref = schema['$ref'];
  return typeof ref === 'string' ? doc.components.schemas[ref.replace('#/components/schemas/', '')] : schema;
}

/** Every `$ref` anywhere in the document. */
function refs(node: unknown, found: string[] = []): string[] {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

/** Property names anywhere inside a schema, following references. */
function propertyNames(doc: Document, schema: Json, seen = new Set<Json>()): string[] {
  const resolved = resolve(doc, schema);
  if (!resolved || seen.has(resolved)) return [];
  seen.add(resolved);
  const own = Object.keys((resolved['properties'] as Json | undefined) ?? {});
  const nested = Object.values(resolved).flatMap((value) => (value && typeof value === 'object' ? propertyNames(doc, value as Json, seen) : []));
  return [...own, ...nested];
}

describe('OpenAPI document and Swagger UI', () => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.request('GET', '/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body as Document;
  });
  afterAll(() => t?.close());

  it('is an OpenAPI 3 document whose references all resolve and whose operations are uniquely named', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'VT Academy API', version: '1' });
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'cookie']);
    const dangling = refs(doc).filter((ref) => !ref.startsWith('#/components/schemas/') || !doc.components.schemas[ref.replace('#/components/schemas/', '')]);
    expect(dangling).toEqual([]);
    const ids = operations(doc).map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [route, op] of operations(doc)) {
      expect({ route, responses: Object.keys(op.responses).length > 0, tags: op.tags.length }).toEqual({ route, responses: true, tags: 1 });
      // Every {param} of the path is declared as a required path parameter.
      const declared = (op.parameters ?? [])
        .filter((p) => p.in === 'path' && p.required)
        .map((p) => p.name)
        .sort();
      expect({ route, params: declared }).toEqual({ route, params: [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() });
    }
  });

  it('lists every route the app serves, and nothing else', () => {
    const served = [...servedOperations(t).keys()].sort();
    expect(served.length).toBeGreaterThanOrEqual(50);
    expect(
      operations(doc)
        .map(([route]) => route)
        .sort(),
    ).toEqual(served);
  });

  it('states who may call each operation, exactly as the @Roles() metadata the guard enforces', () => {
    const served = servedOperations(t);
    for (const [route, op] of operations(doc)) {
      const access = served.get(route) as string[];
      const isPublic = access.includes('public');
      expect({ route, roles: op['x-roles'], security: op.security?.length ?? 0, line: op.description?.split('\n')[0] }).toEqual({
        route,
        roles: access,
        security: isPublic ? 0 : 2,
        line: isPublic ? 'Public: no sign-in needed.' : `Roles: ${access.join(', ')}`,
      });
      if (!isPublic) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    const byRoute = Object.fromEntries(operations(doc));
    expect(byRoute['POST /api/auth/password-resets']['x-roles']).toEqual(['trainer', 'admin']);
    expect(byRoute['POST /api/certificates/{code}/revoke']['x-roles']).toEqual(['admin']);
    expect(byRoute['GET /api/certificates/verify/{code}'].security).toEqual([]);
    expect(byRoute['POST /api/auth/login'].description).toContain('Rate-limited');
    expect(Object.keys(byRoute['POST /api/auth/login'].responses)).toContain('429');
  });

  it('tags operations by bounded context', () => {
    const tags = new Set(operations(doc).flatMap(([, op]) => op.tags));
    expect([...tags].sort()).toEqual(['Auth', 'Authoring', 'Certificates', 'Cohorts', 'Courses', 'Enrolments', 'Exports', 'Health', 'Quizzes', 'Reports']);
    const byRoute = Object.fromEntries(operations(doc));
    expect(byRoute['POST /api/auth/password-resets/redeem'].tags).toEqual(['Auth']);
    expect(byRoute['POST /api/trainer/lessons/preview'].tags).toEqual(['Authoring']);
  });

  it('describes request bodies with the validation rules the API enforces', () => {
    const byRoute = Object.fromEntries(operations(doc));
    const progress = resolve(doc, byRoute['POST /api/enrolments/{id}/progress'].requestBody?.content['application/json'].schema ?? {});
    expect(progress).toEqual({
      type: 'object',
      required: ['seq', 'lessonId', 'event'],
      properties: {
        seq: { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
        lessonId: { type: 'string', maxLength: 100, pattern: '^[a-z][a-z0-9-]*$' },
        event: { type: 'string', enum: ['viewed', 'reached-end', 'completed'] },
      },
    });
    const register = resolve(doc, byRoute['POST /api/auth/register'].requestBody?.content['application/json'].schema ?? {});
    expect(register['required']).toEqual(['email', 'password', 'displayName', 'language']);
    expect((register['properties'] as Record<string, Json>)['password']).toMatchObject({ minLength: 10 });
    const redeem = resolve(doc, byRoute['POST /api/auth/password-resets/redeem'].requestBody?.content['application/json'].schema ?? {});
    expect(redeem['required']).toEqual(['token', 'password']);
    // Every body in the document has real fields, not the empty object the bare scanner emits.
    for (const [route, op] of operations(doc).filter(([, op]) => op.requestBody)) {
      const schema = resolve(doc, op.requestBody?.content['application/json'].schema ?? {});
      expect({ route, fields: Object.keys((schema['properties'] as Json | undefined) ?? {}).length > 0 }).toEqual({ route, fields: true });
    }
  });

  it('lists query parameters with their rules', () => {
    const byRoute = Object.fromEntries(operations(doc));
    const results = byRoute['GET /api/trainer/reports/results'].parameters?.filter((p) => p.in === 'query') ?? [];
    expect(results.find((p) => p.name === 'courseId')).toMatchObject({ required: true });
    expect(results.find((p) => p.name === 'cohortId')).toMatchObject({ required: false });
    const lang = byRoute['GET /api/courses'].parameters?.find((p) => p.name === 'lang');
    expect(lang).toMatchObject({ in: 'query', required: false, schema: { enum: ['en', 'fr', 'ar', 'ru'] } });
  });

  it('describes no answer key in what learners and the public receive', () => {
    const learnerFacing = operations(doc).filter(([, op]) => op['x-roles'].includes('trainee') || op['x-roles'].includes('public'));
    expect(learnerFacing.length).toBeGreaterThan(20);
    for (const [route, op] of learnerFacing) {
      const names = Object.values(op.responses).flatMap((response) =>
        Object.values(response.content ?? {}).flatMap((media) => propertyNames(doc, media.schema)),
      );
      expect({ route, keys: names.filter((name) => /^(correct|correctResponse|answer|accepted|feedback)$/.test(name)) }).toEqual({ route, keys: [] });
    }
  });

  it('serves Swagger UI from its own assets, with the validator (an outside service) turned off', async () => {
    const page = await t.request('GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = String(page.body);
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const src of scripts) {
      const asset = await fetch(new URL(src, `${t.baseUrl}/api/docs`));
      // Read to the end, so the connection does not hold the server open at close.
      const bytes = (await asset.arrayBuffer()).byteLength;
      expect({ src, status: asset.status, empty: bytes === 0 }).toEqual({ src, status: 200, empty: false });
    }
    const init = await (await fetch(`${t.baseUrl}/api/docs/swagger-ui-init.js`)).text();
    expect(init).toMatch(/"validatorUrl":\s*null/);
  });
});
