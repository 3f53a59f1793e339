/** Public entry of the SCORM packager library. */
export { SCORM_FORMATS, packageFileName, parseCliOptions, type CliOptions, type ScormFormat } from './options.js';
