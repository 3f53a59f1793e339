import MarkdownIt, { type StateCore, type StateInline } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { legalMarkerAt } from '../editorial/legal-marker.js';

// Raw HTML is escaped by markdown-it (html: false) and anything that still slips through is
// removed by the allow-list below: authored text never reaches a browser as live markup.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });

/**
 * A legal statement marker (`[Law (France, as of 2026-12): …]`, see editorial/legal-marker.ts)
 * becomes a note: `<span class="legal-note">` with its label in `<span class="legal-note-label">`,
 * and a paragraph that is nothing but the marker becomes `<p class="legal-note">`. Markers the
 * validator would reject stay plain text.
 */
function legalNote(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const marker = legalMarkerAt(state.src, state.pos);
  if (!marker || marker.end > state.posMax) return false;
  if (!silent) {
    state.push('legal_note_open', 'span', 1).attrSet('class', 'legal-note');
    state.push('legal_note_label_open', 'span', 1).attrSet('class', 'legal-note-label');
    state.push('text', '', 0).content = marker.label!;
    state.push('legal_note_label_close', 'span', -1);
    state.push('text', '', 0).content = ' ';
    const max = state.posMax;
    state.pos = marker.bodyStart!;
    state.posMax = marker.bodyEnd!;
    state.md.inline.tokenize(state);
    state.posMax = max;
    state.push('legal_note_close', 'span', -1);
  }
  state.pos = marker.end;
  return true;
}

function legalNoteParagraphs(state: StateCore): void {
  state.tokens.forEach((open, i) => {
    const inline = state.tokens[i + 1];
    const children = inline?.children ?? [];
    const whole =
      children[0]?.type === 'legal_note_open' &&
      children.filter((token) => token.type === 'legal_note_open').length === 1 &&
      children.at(-1)?.type === 'legal_note_close';
    if (open.type !== 'paragraph_open' || open.hidden || !whole) return;
    open.attrSet('class', 'legal-note');
    inline.children = children.slice(1, -1);
  });
}

markdown.inline.ruler.before('link', 'legal_note', legalNote);
markdown.core.ruler.after('inline', 'legal_note_paragraph', legalNoteParagraphs);

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
    'span',
  ],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedClasses: { p: ['legal-note'], span: ['legal-note', 'legal-note-label'] },
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
