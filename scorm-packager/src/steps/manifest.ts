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
  /** What a partner's catalogue shows: learning object metadata (LOM) in the package's language. */
  metadata: PackageMetadata;
}

export interface PackageMetadata {
  /** The package's language (an ISO 639-1 code). */
  language: string;
  /** The course summary. */
  description: string;
  /** Catalogue keywords: the course's topic. */
  keywords: string[];
  /** Typical learning time, in minutes. */
  minutes: number;
}

/** ADL's schema files each format carries at the zip root (copied from ADL's sets in schemas/). */
export const SCHEMA_FILES: Record<ScormFormat, string[]> = {
  scorm12: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  scorm2004: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    // IEEE LOM (the manifest's metadata): lom.xsd and the files it includes and imports.
    'lom.xsd',
    'common/anyElement.xsd',
    'common/dataTypes.xsd',
    'common/elementNames.xsd',
    'common/elementTypes.xsd',
    'common/rootElement.xsd',
    'common/vocabTypes.xsd',
    'common/vocabValues.xsd',
    'extend/strict.xsd',
    'unique/strict.xsd',
    'vocab/strict.xsd',
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

/** ISO 8601 duration of a whole number of minutes (`PT1H30M`), as both LOM bindings write it. */
export function isoMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/** IMS Metadata 1.2.1 (SCORM 1.2): title, language, description, keywords, typical learning time. */
function lom12(title: string, meta: PackageMetadata): string {
  const text = (value: string) => `<imsmd:langstring xml:lang="${meta.language}">${escapeXml(value)}</imsmd:langstring>`;
  return `    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>${text(title)}</imsmd:title>
        <imsmd:language>${meta.language}</imsmd:language>
        <imsmd:description>${text(meta.description)}</imsmd:description>
${meta.keywords.map((keyword) => `        <imsmd:keyword>${text(keyword)}</imsmd:keyword>`).join('\n')}
      </imsmd:general>
      <imsmd:educational>
        <imsmd:typicallearningtime><imsmd:datetime>${isoMinutes(meta.minutes)}</imsmd:datetime></imsmd:typicallearningtime>
      </imsmd:educational>
    </imsmd:lom>`;
}

/** IEEE LOM (SCORM 2004): the same fields in that binding. */
function lom2004(title: string, meta: PackageMetadata): string {
  const text = (value: string) => `<lom:string language="${meta.language}">${escapeXml(value)}</lom:string>`;
  return `    <lom:lom>
      <lom:general>
        <lom:title>${text(title)}</lom:title>
        <lom:language>${meta.language}</lom:language>
        <lom:description>${text(meta.description)}</lom:description>
${meta.keywords.map((keyword) => `        <lom:keyword>${text(keyword)}</lom:keyword>`).join('\n')}
      </lom:general>
      <lom:educational>
        <lom:typicalLearningTime><lom:duration>${isoMinutes(meta.minutes)}</lom:duration></lom:typicalLearningTime>
      </lom:educational>
    </lom:lom>`;
}

const fileList = (files: string[], indent: string): string => files.map((file) => `${indent}<file href="${escapeXml(file)}"/>`).join('\n');

function manifest12(input: ManifestInput): string {
  const id = input.identifier;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
${lom12(input.title, input.metadata)}
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
  // pass mark the SCO scores with (scorm-again overwrites the SCO's success_status from it at Terminate).
  const measure = (input.passMark / 100).toFixed(2);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
${lom2004(input.title, input.metadata)}
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
