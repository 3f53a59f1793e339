import JSZip from 'jszip';

/** One file of a package: a path relative to the zip root (ASCII, forward slashes) and its bytes. */
export interface PackageFile {
  path: string;
  content: string | Uint8Array;
  /** The same bytes in every package (schemas, player): compressed once per process, then reused. */
  shared?: boolean;
}

/** Compressed entries of shared files, by path and content, held in a loaded JSZip per set. */
const sharedZips = new Map<string, Promise<Buffer>>();
async function sharedEntries(files: PackageFile[]): Promise<JSZip> {
  const key = files.map((f) => `${f.path}:${f.content.length}:${Buffer.from(f.content).subarray(0, 64).toString('hex')}`).join('|');
  let built = sharedZips.get(key);
  if (!built) {
    const zip = new JSZip();
    for (const file of files) zip.file(file.path, file.content, { date: FIXED_ZIP_DATE, createFolders: false });
    built = zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    sharedZips.set(key, built);
  }
  // Entries loaded from a zip keep their compressed bytes; JSZip copies them as they are.
  return JSZip.loadAsync(await built, { createFolders: false });
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
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  for (const file of sorted) {
    checkPath(file.path);
    if (seen.has(file.path)) throw new Error(`"${file.path}" is in the package twice`);
    seen.add(file.path);
  }
  const shared = sorted.filter((file) => file.shared);
  const zip = shared.length > 0 ? await sharedEntries(shared) : new JSZip();
  for (const file of sorted) if (!file.shared) zip.file(file.path, file.content, { date: FIXED_ZIP_DATE, createFolders: false });
  // JSZip writes entries in insertion order: re-insert every entry in path order.
  for (const file of sorted) {
    const entry = zip.files[file.path];
    delete zip.files[file.path];
    zip.files[file.path] = entry;
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}
