import MarkdownIt, { type StateCore, type StateInline } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { legalMarkerAt } from '../editorial/legal-marker.js';
import { ID_PATTERN } from '../model/constants.js';

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

/**
 * The id a ```decision fenced block names (its one line), or undefined for any other block. A lesson
 * embeds a practice decision of its course's bank this way (docs/course-format.md); the renderer
 * leaves a placeholder that the web app and the SCO player fill with the decision.
 */
export function embeddedDecision(info: string, content: string): string | undefined {
  if (info.trim() !== 'decision') return undefined;
  const id = content.trim();
  return ID_PATTERN.test(id) ? id : undefined;
}

const defaultFence = markdown.renderer.rules.fence!;
markdown.renderer.rules.fence = (tokens, index, options, env, self) => {
  const id = embeddedDecision(tokens[index].info, tokens[index].content);
  return id ? `<div class="decision-block" data-decision="${id}"></div>\n` : defaultFence(tokens, index, options, env, self);
};

/** The decisions a lesson embeds, in order, with the line of each block (for validation). */
export function lessonDecisions(source: string): { id: string; line?: number }[] {
  return markdown
    .parse(source, {})
    .filter((token) => token.type === 'fence')
    .flatMap((token) => {
      const id = embeddedDecision(token.info, token.content);
      return id ? [{ id, line: token.map ? token.map[0] + 1 : undefined }] : [];
    });
}

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
    'div',
  ],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'], div: ['data-decision'] },
  allowedClasses: { p: ['legal-note'], span: ['legal-note', 'legal-note-label'], div: ['decision-block'] },
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
