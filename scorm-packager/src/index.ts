/** Public entry of the SCORM packager library. */
export { SCORM_FORMATS, packageFileName, parseCliOptions, type CliOptions, type ScormFormat } from './options.js';
export { buildPackage, packageFiles, type PackageOptions } from './build-package.js';
export { PackageError, packageProblems } from './steps/validate.js';
export { validateManifest, type SchemaValidation } from './steps/validate-manifest.js';
export type { PackageFile } from './steps/zip.js';
export { reportKey, reportKeyHtml, type ReportKeyQuestion, type ReportKeyEntry } from './report-key.js';
