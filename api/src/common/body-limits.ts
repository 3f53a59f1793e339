import type { FastifyInstance } from 'fastify';

/**
 * The routes that take a whole course (the builder saves or validates it in one request). Every
 * other route keeps BODY_LIMIT: a small limit is a cheap defence, and only these need more.
 */
const WHOLE_COURSE_ROUTES = new Set(['POST /api/trainer/courses', 'POST /api/trainer/courses/validate', 'PUT /api/trainer/courses/:id']);

/** Gives the whole-course routes their own body limit (Fastify reads `bodyLimit` per route). Call before the routes are registered. */
export function applyCourseBodyLimit(fastify: FastifyInstance, courseBodyLimit: number): void {
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((method) => WHOLE_COURSE_ROUTES.has(`${method} ${route.url}`))) route.bodyLimit = courseBodyLimit;
  });
}
