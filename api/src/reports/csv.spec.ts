import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes what needs quoting and neutralises formula-like text cells', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd'],
      [
        ['=SUM(A1)', '+1', '@x', 'plain'],
        ['-cmd', 'say "hi", ok', -0.25, null],
        ['\tTab', 'line\nbreak', true, undefined],
      ],
    );
    expect(csv.split('\r\n')).toEqual(['a,b,c,d', "'=SUM(A1),'+1,'@x,plain", `'-cmd,"say ""hi"", ok",-0.25,`, `'\tTab,"line\nbreak",true,`, '']);
  });
});
