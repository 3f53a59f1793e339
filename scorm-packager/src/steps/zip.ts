import JSZip from 'jszip';

/** One file of a package: a path relative to the zip root (ASCII, forward slashes) and its bytes. */
export interface PackageFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Every entry carries this date so that two builds of the same course give the same bytes
 * (JSZip writes DOS dates from UTC getters, so the time zone of the build machine does not matter).
 */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** Partners' LMSs unpack on every OS: plain ASCII names, no `..`, no absolute paths. */
function checkPath(path: string): void {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(path) || path.split('/').some((part) => part === '..' || part === '')) {
    throw new Error(`"${path}" is not a portable file name for a package`);
  }
}

/** A deterministic zip: entries sorted by path, fixed dates, no folder entries, DEFLATE level 9. */
export async function writeZip(files: PackageFile[]): Promise<Buffer> {
  const zip = new JSZip();
  const seen = new Set<string>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    checkPath(file.path);
    if (seen.has(file.path)) throw new Error(`"${file.path}" is in the package twice`);
    seen.add(file.path);
    zip.file(file.path, file.content, { date: FIXED_ZIP_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}
