import { SeededRandom } from './seeded-random';
import { NAME_GROUPS } from './swedish-names';

export interface DemoPerson {
  name: string;
  email: string;
}

/**
 * Gives each new person a name and the municipality's address pattern `förnamn.efternamn@domän`,
 * without å, ä, ö or other accents. A second Anna Karlsson gets `anna.karlsson2@`, as municipal
 * IT departments usually do.
 */
export class DemoPeople {
  private readonly taken = new Set<string>();

  constructor(
    private readonly random: SeededRandom,
    private readonly domain: string,
  ) {}

  /** A well-known person; claimed before any generated one so that their address stays plain. */
  named(name: string): DemoPerson {
    return { name, email: this.claimEmail(name) };
  }

  generated(): DemoPerson {
    const group = this.random.weighted(NAME_GROUPS.map((g) => [g, g.weight] as const));
    return this.named(`${this.random.pick(group.givenNames)} ${this.random.pick(group.surnames)}`);
  }

  private claimEmail(name: string): string {
    const local = emailLocalPart(name);
    let candidate = local;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${local}${n}`;
    this.taken.add(candidate);
    return `${candidate}@${this.domain}`;
  }
}

/** `Åsa Hodžić` → `asa.hodzic`. */
export function emailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z0-9-]/g, ''))
    .join('.');
}
