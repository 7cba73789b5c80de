import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** What Lärnav reads from an HR-system file; each is found in a column the mapping names. */
export const IMPORT_FIELDS = [
  'employeeNumber',
  'name',
  'givenName',
  'familyName',
  'email',
  'orgUnitCode',
  'jobRole',
  'startDate',
  'endDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → the header of the column it is read from; null when the file has none. */
export type ColumnMapping = Record<ImportField, string | null>;

/**
 * The headers Swedish HR systems (Heroma, Personec, Visma, Primula) and hand-made sheets use,
 * compared without case, spaces or punctuation. The first match wins, so the more exact names
 * come first.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  employeeNumber: [
    'anställningsnummer',
    'anstnr',
    'anställningsnr',
    'anställningsid',
    'personalnummer',
    'personalnr',
    'employeenumber',
    'employeeid',
    'employeeno',
    'empno',
  ],
  name: ['namn', 'fullständigtnamn', 'name', 'fullname', 'displayname', 'visningsnamn'],
  givenName: ['förnamn', 'tilltalsnamn', 'firstname', 'givenname'],
  familyName: ['efternamn', 'lastname', 'surname', 'familyname'],
  email: ['epostadress', 'epost', 'mejladress', 'mejl', 'email', 'emailaddress', 'mail', 'mailadress'],
  orgUnitCode: [
    'enhetskod',
    'organisationskod',
    'orgkod',
    'orgenhetskod',
    'enhetsid',
    'enhet',
    'organisationsenhet',
    'orgenhet',
    'avdelning',
    'orgunitcode',
    'unitcode',
    'departmentcode',
    'orgunit',
    'unit',
    'department',
  ],
  jobRole: [
    'befattning',
    'yrkesroll',
    'roll',
    'titel',
    'befattningsbenämning',
    'jobrole',
    'jobtitle',
    'title',
    'role',
    'position',
  ],
  startDate: [
    'startdatum',
    'anställningsdatum',
    'anställdfrom',
    'anställdfrån',
    'fromdatum',
    'från',
    'startdate',
    'hiredate',
    'employmentstart',
    'from',
  ],
  endDate: [
    'slutdatum',
    'sistaanställningsdag',
    'anställdtom',
    'anställdtill',
    'tomdatum',
    'till',
    'enddate',
    'lastday',
    'employmentend',
    'to',
  ],
};

function normalise(header: string): string {
  return header.toLowerCase().replace(/[\s\-_.:/()]+/g, '');
}

/**
 * The mapping for a file: the municipality's remembered one where the file has all its columns,
 * else each field's column found by its usual names.
 */
export function proposeMapping(headers: string[], remembered: ColumnMapping | null): ColumnMapping {
  if (remembered && mappedHeaders(remembered).every((header) => headers.includes(header))) return remembered;
  const byName = new Map(headers.map((header) => [normalise(header), header]));
  const taken = new Set<string>();
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const header = SYNONYMS[field].map((synonym) => byName.get(synonym)).find((found) => found && !taken.has(found));
    mapping[field] = header ?? null;
    if (header) taken.add(header);
  }
  // A full name column makes first and last name unnecessary, and the other way round.
  if (mapping.name) {
    mapping.givenName = null;
    mapping.familyName = null;
  }
  return mapping;
}

/** What is wrong with a mapping for these headers, in words for the person mapping them; empty when nothing. */
export function mappingProblems(mapping: ColumnMapping, headers: string[]): string[] {
  const problems: string[] = [];
  const required: [ImportField, string][] = [
    ['employeeNumber', 'the employee number'],
    ['email', 'the email address'],
    ['orgUnitCode', 'the org unit code'],
    ['startDate', 'the start date'],
  ];
  for (const [field, words] of required) if (!mapping[field]) problems.push(`Choose the column with ${words}.`);
  if (!mapping.name && !(mapping.givenName && mapping.familyName)) {
    problems.push('Choose the column with the name, or the columns with first and last name.');
  }
  const seen = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (!header) continue;
    if (!headers.includes(header)) problems.push(`The file has no column "${header}".`);
    const other = seen.get(header);
    if (other) problems.push(`The column "${header}" is chosen for both ${other} and ${field}.`);
    seen.set(header, field);
  }
  return problems;
}

export function assertMapping(mapping: ColumnMapping, headers: string[]): void {
  const problems = mappingProblems(mapping, headers);
  if (problems.length > 0) {
    throw new DomainError(
      422,
      ProblemCode.ImportMappingInvalid,
      problems.join(' '),
      problems.map((message) => ({ field: 'mapping', message })),
    );
  }
}

/** A mapping as sent: only known fields, each a header or null. */
export function completeMapping(partial: Partial<Record<string, string | null>>): ColumnMapping {
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const header = partial[field];
    mapping[field] = typeof header === 'string' && header.trim() !== '' ? header : null;
  }
  return mapping;
}

function mappedHeaders(mapping: ColumnMapping): string[] {
  return IMPORT_FIELDS.map((field) => mapping[field]).filter((header): header is string => header !== null);
}
