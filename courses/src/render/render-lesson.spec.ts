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
});
