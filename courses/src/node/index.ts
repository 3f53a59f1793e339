/** Node-only entry of the course model: reading the curriculum from disk, hashing content, canonical JSON (its library is ESM-only, which the web app's Jest cannot load). */
export { inspectCurriculum, loadCourse, loadCurriculum } from './load.js';
export { courseFolders } from './course-folders.js';
export { courseContentHash } from './content-hash.js';
export { canonicalJson } from '../integrity/canonical-json.js';
