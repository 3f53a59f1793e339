import MarkdownIt from 'markdown-it';
import type { Problem } from './problem.js';

// Parsed with HTML enabled only to find it: the renderer never lets it through, but an author
// who wrote HTML expected it to do something, so it is an error to fix, not a silent loss.
const parser = new MarkdownIt({ html: true });

export const LESSON_WORDS = { min: 400, max: 900 } as const;

export function countWords(markdown: string): number {
  return markdown
    .replace(/[#>*_`|-]+/g, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * A lesson body: no raw HTML; opens with a `##` section listing what the learner will be able to
 * do (a heading then a list); 400–900 words (outside that is a warning). Lines are 1-based.
 */
export function validateLesson(markdown: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const tokens = parser.parse(markdown, {});
  tokens.forEach((token) => {
    const line = token.map ? token.map[0] + 1 : undefined;
    const inline = token.type === 'inline' ? (token.children ?? []).filter((child) => child.type === 'html_inline') : [];
    for (const html of token.type === 'html_block' ? [token] : inline) {
      problems.push({ file, line, message: `raw HTML ${JSON.stringify(html.content.trim().slice(0, 40))} is not allowed in a lesson` });
    }
  });
  const blocks = tokens.filter((token) => token.level === 0 && !token.type.endsWith('_close') && token.type !== 'inline');
  if (blocks[0]?.type !== 'heading_open' || blocks[0].tag !== 'h2' || blocks[1]?.type !== 'bullet_list_open') {
    problems.push({ file, line: 1, message: 'a lesson must open with a "## What you will be able to do" section listing its objectives' });
  }
  const words = countWords(markdown);
  if (words < LESSON_WORDS.min || words > LESSON_WORDS.max) {
    problems.push({ file, severity: 'warning', message: `has ${words} words (lessons run ${LESSON_WORDS.min}–${LESSON_WORDS.max})` });
  }
  return problems;
}
