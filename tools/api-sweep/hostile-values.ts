/**
 * What a browser, Entra ID's provisioning service, an HR-system script or a curious employee
 * may send. `refuse` marks text no field of Lärnav accepts: the API must answer 4xx, whatever
 * field it is in.
 */
export interface HostileValue {
  name: string;
  value: unknown;
  refuse?: boolean;
}

export const HOSTILE_STRINGS: HostileValue[] = [
  { name: 'empty string', value: '' },
  { name: 'only spaces', value: '   ' },
  { name: '100 kB string', value: 'a'.repeat(100_000) },
  { name: '100 kB of å', value: 'å'.repeat(50_000) },
  { name: 'NUL character', value: 'Anna\u0000Karlsson', refuse: true },
  { name: 'C0 control characters', value: 'Bygg\u0001\u0007\u001b[31mlov', refuse: true },
  { name: 'DEL and C1 controls', value: 'Bygg\u007f\u0085\u009blov', refuse: true },
  { name: 'lone high surrogate', value: 'Bygg\ud800lov', refuse: true },
  { name: 'lone low surrogate', value: '\udfffBygglov', refuse: true },
  { name: 'Unicode noncharacter', value: 'Bygglov\uffff', refuse: true },
  { name: 'right-to-left marks', value: '\u200fمرحبا\u200e Bygglov' },
  { name: 'right-to-left override', value: 'faktura\u202Egpj.exe' },
  { name: 'emoji with joiners', value: '👩🏽‍💼 Bygglov 🇸🇪' },
  { name: 'stacked combining marks', value: 'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319a\u0310lgo' },
  { name: 'decomposed Swedish letters', value: 'Sjo\u0308berg A\u030angstro\u0308m' },
  { name: 'zero-width characters', value: 'Byg\u200bglov\ufeff' },
  { name: 'newlines', value: 'rad ett\nrad två\r\nrad tre' },
  { name: 'SQL-looking', value: "'; DROP TABLE person; -- " },
  { name: 'SQL tautology', value: "x' OR '1'='1" },
  { name: 'HTML script', value: '<script>alert("xss")</script>' },
  { name: 'HTML attribute breakout', value: '"><img src=x onerror=alert(1)>' },
  { name: 'template-looking', value: '{{constructor.constructor("alert(1)")()}} ${7*7}' },
  { name: 'percent escapes', value: '%00%ff%2e%2e%2f' },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'prototype key', value: '__proto__' },
];

export const HOSTILE_NUMBERS: HostileValue[] = [
  { name: 'negative', value: -1 },
  { name: 'zero', value: 0 },
  { name: 'fraction', value: 1.5 },
  { name: 'above 32-bit', value: 2_147_483_648 },
  { name: 'below 32-bit', value: -2_147_483_649 },
  { name: 'beyond safe integers', value: 9_007_199_254_740_993 },
  { name: 'huge', value: 1e308 },
];

/** Query values arrive as text; these are numbers no parser should take at face value. */
export const HOSTILE_NUMBER_TEXTS: HostileValue[] = [
  { name: 'word', value: 'abc' },
  { name: 'NaN', value: 'NaN' },
  { name: 'Infinity', value: 'Infinity' },
  { name: 'exponent overflow', value: '1e999' },
  { name: 'negative', value: '-1' },
  { name: 'hexadecimal', value: '0x10' },
  { name: 'beyond safe integers', value: '9007199254740993' },
  { name: 'Arabic-Indic digits', value: '١٢' },
];

export const HOSTILE_DATES: HostileValue[] = [
  { name: 'February 30th', value: '2026-02-30' },
  { name: 'month 13', value: '2026-13-01' },
  { name: 'year 0', value: '0000-01-01' },
  { name: 'year 275760', value: '275760-09-13' },
  { name: 'signed year 275760', value: '+275760-09-13' },
  { name: 'year 9999', value: '9999-12-31' },
  { name: 'unpadded', value: '2026-3-1' },
  { name: 'hour 25', value: '2026-03-01T25:00:00Z' },
  { name: 'inside the spring-forward gap', value: '2026-03-29T02:30:00+01:00' },
  { name: 'word', value: 'igår' },
];

export const HOSTILE_UUIDS: HostileValue[] = [
  { name: 'not a uuid', value: 'not-a-uuid' },
  { name: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
  { name: 'non-hex digit', value: '00000000-0000-4000-8000-00000000000g' },
  { name: 'braced', value: '{00000000-0000-4000-8000-000000000000}' },
  { name: 'too long', value: `00000000-0000-4000-8000-${'0'.repeat(500)}` },
  { name: 'SQL-looking', value: "1' OR '1'='1" },
  { name: 'integer', value: '42' },
];

/** Path segments as raw bytes on the wire, some of them not valid percent-encoding or UTF-8. */
export const HOSTILE_PATH_SEGMENTS: string[] = ['%ZZ', '%E0%A4%A', '%FF%FE', '%00', '..%2F..%2F', '%C0%AE'];
