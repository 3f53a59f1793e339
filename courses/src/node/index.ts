/** Node-only entry of the course model: reading the curriculum from disk, hashing content. */
export { inspectCurriculum, loadCourse, loadCurriculum } from './load.js';
export { courseContentHash } from './content-hash.js';
