import type { ScormFormat } from '../options.js';

/** What a manifest needs to know about one package; everything else is fixed by the format. */
export interface ManifestInput {
  format: ScormFormat;
  /** Package identifier, already a valid xsd:ID (see `packageIdentifier`). */
  identifier: string;
  /** Course title in the package's language. */
  title: string;
  /** Quiz pass mark in percent (1–100): the same number the SCO scores against. */
  passMark: number;
  /** The SCO's launch file, relative to the zip root. */
  launch: string;
  /** Every file of the SCO resource except the schema files (which are listed by the format). */
  files: string[];
}

/** ADL's schema files each format carries at the zip root (copied from ADL's sets in schemas/). */
export const SCHEMA_FILES: Record<ScormFormat, string[]> = {
  scorm12: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  scorm2004: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
};

/** Folder of schemas/ holding each format's set. */
export const SCHEMA_SET: Record<ScormFormat, string> = { scorm12: 'scorm12', scorm2004: 'scorm2004-4th' };

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * `vt-{course}-{lang}-{format}`: our ids already match `^[a-z][a-z0-9-]*$`, so prefixing keeps an
 * xsd:ID (letter first, no spaces or colons) that stays unique across every package we ship.
 */
export function packageIdentifier(courseId: string, lang: string, format: ScormFormat): string {
  const id = `vt-${courseId}-${lang}-${format}`;
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id)) throw new Error(`"${id}" is not a valid xsd:ID`);
  return id;
}

const fileList = (files: string[], indent: string): string => files.map((file) => `${indent}<file href="${escapeXml(file)}"/>`).join('\n');

function manifest12(input: ManifestInput): string {
  const id = input.identifier;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escapeXml(input.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escapeXml(input.title)}</title>
        <adlcp:masteryscore>${input.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(input.launch)}">
${fileList(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** One flat item with no sequencing rules: Moodle's 2004 player launches and completes it as is. */
function manifest2004(input: ManifestInput): string {
  const id = input.identifier;
  // The LMS decides success_status from score.scaled against this measure, so it must equal the
  // pass mark the SCO scores with (scorm-notes: "the SCO's pass mark and the manifest's").
  const measure = (input.passMark / 100).toFixed(2);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escapeXml(input.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escapeXml(input.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${escapeXml(input.launch)}">
${fileList(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** `imsmanifest.xml` for one package, listing every file of the SCO. */
export function buildManifest(input: ManifestInput): string {
  if (!Number.isFinite(input.passMark) || input.passMark < 1 || input.passMark > 100) {
    throw new Error(`pass mark ${input.passMark} is not a percentage from 1 to 100`);
  }
  return input.format === 'scorm12' ? manifest12(input) : manifest2004(input);
}
