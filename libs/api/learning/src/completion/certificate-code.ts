import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 100 random bits as 20 characters: far beyond guessing, even without the rate limit. */
export function newCertificateCode(): string {
  const bytes = randomBytes(20);
  return Array.from(bytes, (byte) => ALPHABET[byte & 31]).join('');
}

/** `ABCD-EFGH-JKMN-PQRS-TVWX` as printed; typed back in any case, with or without dashes. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}
