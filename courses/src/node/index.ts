/** Node-only entry of the course model: reading the curriculum from disk. */
export { loadCourse, loadCurriculum } from './load.js';
