import { parseEmailDomains } from './email-domains';

describe('parseEmailDomains', () => {
  it('splits on commas, semicolons and spaces, drops @ and duplicates', () => {
    expect(parseEmailDomains(' Stenungsund.se, @kommun.stenungsund.se;stenungsund.se ')).toEqual([
      'stenungsund.se',
      'kommun.stenungsund.se',
    ]);
    expect(parseEmailDomains('')).toEqual([]);
  });
});
