import JSZip from 'jszip';
import { FIXED_ZIP_DATE, writeZip } from './zip.js';

describe('writeZip', () => {
  const files = [
    { path: 'player.js', content: 'console.log(1)' },
    { path: 'imsmanifest.xml', content: '<manifest/>' },
    { path: 'lessons/a.html', content: '<p>a</p>' },
  ];

  it('gives the same bytes for the same files in any order', async () => {
    const first = await writeZip(files);
    const second = await writeZip([...files].reverse());
    expect(first.equals(second)).toBe(true);
  });

  it('gives the same bytes whether shared files come from the compressed cache or not', async () => {
    const plain = await writeZip(files);
    const shared = files.map((file) => ({ ...file, shared: file.path !== 'lessons/a.html' }));
    expect((await writeZip(shared)).equals(plain)).toBe(true);
    expect((await writeZip(shared)).equals(plain)).toBe(true);
  });

  it('sorts entries, fixes their dates and writes no folder entries', async () => {
    const zip = await JSZip.loadAsync(await writeZip(files));
    expect(Object.keys(zip.files)).toEqual(['imsmanifest.xml', 'lessons/a.html', 'player.js']);
    for (const entry of Object.values(zip.files)) expect(entry.date.getTime()).toBe(FIXED_ZIP_DATE.getTime());
    expect(await zip.file('lessons/a.html')?.async('string')).toBe('<p>a</p>');
  });

  it.each(['../x', '/abs', 'é.html', 'a b.html', 'a//b'])('refuses the non-portable name %p', async (path) => {
    await expect(writeZip([{ path, content: '' }])).rejects.toThrow(/not a portable file name/);
  });

  it('refuses a path given twice', async () => {
    await expect(writeZip([files[0], files[0]])).rejects.toThrow(/twice/);
  });
});
