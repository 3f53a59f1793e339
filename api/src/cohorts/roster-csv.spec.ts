import { parseRoster, RosterFormatError } from './roster-csv.js';

describe('parseRoster', () => {
  it('reads name,email[,language] with a header, normalising emails', () => {
    expect(parseRoster('name,email,language\r\nAda Lovelace, Ada@Example.org ,FR\n')).toEqual([
      { line: 2, name: 'Ada Lovelace', email: 'ada@example.org', language: 'fr', errors: [] },
    ]);
    expect(parseRoster('\uFEFFName,Email\n"Doe, Jane",jane@example.org\n')[0]).toMatchObject({ name: 'Doe, Jane', language: 'en', errors: [] });
  });

  it('reports each bad row with its own errors and line', () => {
    const rows = parseRoster('name,email\nA,a@example.org\n,\nB,b@\nC,A@example.org\nD,d@example.org,xx\n');
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ['name is missing', 'email is missing']],
      [4, ['email is not a valid address']],
      [5, ['duplicate of line 2']],
      [6, ['expected 2 columns, found 3']],
    ]);
  });

  it('rejects an unknown language per row', () => {
    expect(parseRoster('name,email,language\nA,a@example.org,de\n')[0].errors).toEqual(['language must be one of en, fr, ar, ru']);
  });

  it.each([
    ['no header', 'a@example.org,A\n'],
    ['a wrong header', 'email,name\nA,a@example.org\n'],
    ['a header only', 'name,email\n'],
    ['broken quoting', 'name,email\n"A,a@example.org\n'],
  ])('refuses %s as a whole', (_case, csv) => {
    expect(() => parseRoster(csv)).toThrow(RosterFormatError);
  });
});
