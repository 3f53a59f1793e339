import { renderLesson } from './render-lesson.js';

describe('renderLesson', () => {
  it('renders headings, lists, emphasis, code and tables', () => {
    const html = renderLesson('## Title\n\n- *one*\n- **two**\n\n`code`\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<li><em>one</em></li>');
    expect(html).toContain('<strong>two</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<td>2</td>');
  });

  it('uses typographic quotes and dashes', () => {
    expect(renderLesson('"Deter" -- then detect')).toContain('“Deter” – then detect');
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<iframe src="https://x.org"></iframe>', '<iframe'],
    ['<style>p{}</style>', '<style'],
    ['<p onclick="x()">hi</p>', '<p onclick'],
    ['![pixel](https://tracker.example/p.png)', '<img'],
    ['[x](javascript:alert(1))', 'href="javascript'],
    ['<a href="javascript:alert(1)">x</a>', '<a href'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'href="data'],
  ])('neutralises %s', (markdown, forbidden) => {
    expect(renderLesson(markdown)).not.toContain(forbidden);
  });

  it('keeps web and mail links, with rel="noopener noreferrer"', () => {
    expect(renderLesson('[UN](https://www.un.org) [mail](mailto:a@b.org)')).toBe(
      '<p><a href="https://www.un.org" rel="noopener noreferrer">UN</a> <a href="mailto:a@b.org" rel="noopener noreferrer">mail</a></p>\n',
    );
  });

  it('drops the target of relative links', () => {
    expect(renderLesson('[x](/admin)')).toBe('<p><a>x</a></p>\n');
  });

  describe('legal statement markers', () => {
    it('renders a paragraph that is a marker as a note, its label apart', () => {
      expect(renderLesson('[Law (France, as of 2026-12): Guards inspect bags *visually*.]\n')).toBe(
        '<p class="legal-note"><span class="legal-note-label">Law (France, as of 2026-12):</span> Guards inspect bags <em>visually</em>.</p>\n',
      );
    });

    it('renders a marker inside a sentence or a list item as an inline note, in every language', () => {
      expect(renderLesson('- In short, [Закон (Франция, по состоянию на 2026-12): текст] applies.\n')).toBe(
        '<ul>\n<li>In short, <span class="legal-note"><span class="legal-note-label">Закон (Франция, по состоянию на 2026-12):</span> текст</span> applies.</li>\n</ul>\n',
      );
      expect(renderLesson('[Loi (France, en vigueur au 2026-12)\u00a0: texte [Loi locale\u00a0: à compléter].]')).toContain(
        '<p class="legal-note"><span class="legal-note-label">Loi (France, en vigueur au 2026-12)\u00a0:</span> texte [Loi locale\u00a0: à compléter].</p>',
      );
    });

    it('leaves an incomplete marker and a local-law placeholder as text', () => {
      expect(renderLesson('[Law (France): text] [Local law: who decides]')).toBe('<p>[Law (France): text] [Local law: who decides]</p>\n');
    });

    it.each([
      ['<span class="legal-note" onclick="x()">x</span>', '<span class="legal-note" onclick'],
      ['<p class="evil legal-note">x</p>', '<p class="evil'],
      ['[Law (France, as of 2026-12): <script>alert(1)</script>]', '<script'],
    ])('lets no other attribute or class through: %s', (markdown, forbidden) => {
      expect(renderLesson(markdown)).not.toContain(forbidden);
    });
  });
});

describe('renderLesson: a practice decision block', () => {
  it('turns a ```decision fenced block naming an id into a placeholder for the decision', () => {
    expect(renderLesson('Before.\n\n```decision\nq-a7-p1\n```\n\nAfter.\n')).toBe(
      '<p>Before.</p>\n<div class="decision-block" data-decision="q-a7-p1"></div>\n<p>After.</p>\n',
    );
  });

  it.each([
    ['```decision\nQ A7 "><script>\n```\n', '<pre><code>Q A7'],
    ['```js\nq-a7-p1\n```\n', '<pre><code>q-a7-p1'],
  ])('leaves any other fenced block as code: %j', (markdown, start) => {
    expect(renderLesson(markdown)).toContain(start);
    expect(renderLesson(markdown)).not.toContain('decision-block');
  });

  it('keeps authored HTML imitating a placeholder as text', () => {
    expect(renderLesson('<div class="decision-block" data-decision="q-x"></div>\n')).not.toContain('<div');
  });
});
