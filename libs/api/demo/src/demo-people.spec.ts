import { DemoPeople, emailLocalPart } from './demo-people';
import { seededRandom } from './seeded-random';

describe('demo people', () => {
  it('writes addresses without å, ä, ö or accents', () => {
    expect(emailLocalPart('Åsa Öberg')).toBe('asa.oberg');
    expect(emailLocalPart('Mirela Hodžić')).toBe('mirela.hodzic');
  });

  it('numbers the second person of the same name', () => {
    const people = new DemoPeople(seededRandom('test'), 'kommun.se');
    expect(people.named('Anna Karlsson').email).toBe('anna.karlsson@kommun.se');
    expect(people.named('Anna Karlsson').email).toBe('anna.karlsson2@kommun.se');
    expect(people.named('Anna Karlsson').email).toBe('anna.karlsson3@kommun.se');
  });
});
