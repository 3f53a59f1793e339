import { COURSE_DATA_ELEMENT, type PlayerCourse } from '../content/course-data.js';
import { escapeXml } from './manifest.js';

/**
 * JSON safe inside a `<script>` element: `<` escaped so no text can close the element, and the
 * line separators that old parsers treat as line ends escaped too.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The SCO's launch page: language and direction on <html>, the course inline, the player last. */
export function renderIndexHtml(course: PlayerCourse): string {
  return `<!doctype html>
<html lang="${course.lang}" dir="${course.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; font-src 'self'">
<title>${escapeXml(course.title)}</title>
<link rel="stylesheet" href="player.css">
</head>
<body>
<script type="application/json" id="${COURSE_DATA_ELEMENT}">${scriptJson(course)}</script>
<script src="player.js"></script>
</body>
</html>
`;
}
