import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML is escaped by markdown-it (html: false) and anything that still slips through is
// removed by the allow-list below: authored text never reaches a browser as live markup.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });

const SAFE_HREF = /^(https?:|mailto:)/i;

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'em',
    'strong',
    's',
    'code',
    'pre',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
  ],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Only absolute web and mail links keep their target; relative or exotic ones become text.
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: SAFE_HREF.test(attribs.href ?? '') ? { href: attribs.href, rel: 'noopener noreferrer' } : ({} as sanitizeHtml.Attributes),
    }),
  },
};

/** Lesson Markdown → sanitised HTML (the one renderer for the API, the web app and SCORM). */
export function renderLesson(source: string): string {
  return sanitizeHtml(markdown.render(source), ALLOWED);
}
