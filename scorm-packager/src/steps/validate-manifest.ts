import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScormFormat } from '../options.js';
import { SCHEMAS_DIR } from '../paths.js';
import { SCHEMA_SET } from './manifest.js';

/** Namespace → schema file of each format (libxml2 validates one schema, so a wrapper imports all). */
const NAMESPACES: Record<ScormFormat, [string, string][]> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    // The manifest's metadata: imported so that lax processing still checks it.
    ['http://ltsc.ieee.org/xsd/LOM', 'lom.xsd'],
  ],
};

export interface SchemaValidation {
  valid: boolean;
  /** xmllint's messages (the harmless SCORM 1.2 ims_xml.xsd namespace warning included). */
  output: string;
}

/**
 * Validates a manifest against ADL's XSDs with Debian's xmllint, offline (`--nonet`). Throws when
 * xmllint is missing rather than skipping: an unvalidated manifest must not pass for a valid one.
 */
export function validateManifest(xml: string, format: ScormFormat): SchemaValidation {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) throw new Error('xmllint not found: apt-get install libxml2-utils');
  const dir = mkdtempSync(join(tmpdir(), 'vt-manifest-'));
  try {
    const schemaDir = join(SCHEMAS_DIR, SCHEMA_SET[format]);
    const imports = NAMESPACES[format]
      .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${pathToFileURL(join(schemaDir, file)).href}"/>`)
      .join('\n');
    writeFileSync(join(dir, 'wrapper.xsd'), `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`);
    writeFileSync(join(dir, 'imsmanifest.xml'), xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'wrapper.xsd'), join(dir, 'imsmanifest.xml')], {
      encoding: 'utf8',
    });
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
