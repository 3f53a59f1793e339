import { BadRequestException, Injectable } from '@nestjs/common';
import type { Course, Language } from '@vt/courses';
import { courseContentHash } from '@vt/courses/node';
import { PackageError, buildPackage, type ScormFormat } from '@vt/scorm-packager';
import JSZip from 'jszip';
import { extname } from 'node:path';

/** One file of an unzipped package, ready to send. */
export interface PreviewFile {
  content: Buffer;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.dtd': 'application/xml-dtd; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Previews of different courses, formats and languages kept at once; the oldest goes first. */
const MAX_PACKAGES = 16;

/** A package error as the export endpoint reports it: 400 with one field error per problem. */
export function packageErrorResponse(error: PackageError): BadRequestException {
  return new BadRequestException({
    title: 'cannot package',
    message: error.message,
    errors: error.problems.map((p) => ({ field: p.file ?? 'course', message: p.message })),
  });
}

/**
 * A path inside a package as the browser asked for it, or undefined when it could step outside
 * the package (`..`, `.`, empty segments, backslashes, NUL): only names listed in the zip are served.
 */
export function packagePath(raw: string): string | undefined {
  if (raw === '' || raw.includes('\\') || raw.includes('\0')) return undefined;
  const segments = raw.split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..') ? raw : undefined;
}

/**
 * The SCORM preview's packages, unzipped. Each is the very zip the export endpoint sends (built by
 * @vt/scorm-packager), opened once and kept in memory by content hash, format and language, so the
 * preview plays exactly what a partner gets and an edit to the course makes a new entry.
 */
@Injectable()
export class ScormPreviews {
  private readonly packages = new Map<string, Promise<Map<string, PreviewFile>>>();

  async file(course: Course, format: ScormFormat, lang: Language, path: string): Promise<PreviewFile | undefined> {
    return (await this.unzipped(course, format, lang)).get(path);
  }

  private unzipped(course: Course, format: ScormFormat, lang: Language): Promise<Map<string, PreviewFile>> {
    const key = `${courseContentHash(course)}:${format}:${lang}`;
    let found = this.packages.get(key);
    if (found) {
      // Most recently used last, so the oldest is the one evicted.
      this.packages.delete(key);
    } else {
      found = this.build(course, format, lang);
      // A failed build is not kept: the next request tries again and reports the error again.
      found.catch(() => this.packages.delete(key));
    }
    this.packages.set(key, found);
    while (this.packages.size > MAX_PACKAGES) this.packages.delete(this.packages.keys().next().value as string);
    return found;
  }

  private async build(course: Course, format: ScormFormat, lang: Language): Promise<Map<string, PreviewFile>> {
    let zipped: Buffer;
    try {
      zipped = await buildPackage(course, { format, lang });
    } catch (error) {
      if (error instanceof PackageError) throw packageErrorResponse(error);
      throw error;
    }
    const zip = await JSZip.loadAsync(zipped);
    const files = new Map<string, PreviewFile>();
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const contentType = CONTENT_TYPES[extname(entry.name).toLowerCase()] ?? 'application/octet-stream';
      files.set(entry.name, { content: await entry.async('nodebuffer'), contentType });
    }
    return files;
  }
}
