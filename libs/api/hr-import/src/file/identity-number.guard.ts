import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';
import type { HrTable } from './hr-file.reader';

/** Headers that name a personal identity number (personnummer, samordningsnummer) in Swedish or English. */
const IDENTITY_HEADER =
  /person\s*-?\s*(nummer|nr)|^p\s*-?\s*nr$|^pnr$|samordningsnummer|personal\s+identity|identity\s+number|national\s+id|social\s+security|^ssn$/i;

/** YYMMDD-NNNC or YYYYMMDDNNNC, with `-`, `+` (over 100) or nothing between. */
const IDENTITY_VALUE = /^(?:\d{2})?(\d{6})[-+ ]?(\d{4})$/;

/**
 * Lärnav never stores a personal identity number: the work does not need it, and GDPR says
 * not to keep what is not needed. A file with a column that looks like one is refused whole,
 * before anything of it is kept, whether or not that column is mapped; the person uploading
 * removes the column in their HR system's export. A column is judged by its header, or by its
 * values: at least half of them (and three or more) valid personnummer, checksum included, so
 * an employee number that happens to be ten digits long is not mistaken for one.
 */
export function refuseIdentityNumbers(table: HrTable): void {
  table.headers.forEach((header, column) => {
    if (IDENTITY_HEADER.test(header.trim()) || valuesLookLikeIdentityNumbers(table, column)) {
      throw DomainError.unprocessable(
        ProblemCode.IdentityNumberRefused,
        `The column "${header || `number ${column + 1}`}" looks like personal identity numbers. ` +
          'Lärnav never takes them: remove the column from the file and upload it again.',
      );
    }
  });
}

function valuesLookLikeIdentityNumbers(table: HrTable, column: number): boolean {
  let filled = 0;
  let matching = 0;
  for (const row of table.rows) {
    const value = (row.cells[column] ?? '').trim();
    if (!value) continue;
    filled++;
    if (isIdentityNumber(value)) matching++;
  }
  return matching >= 3 && matching * 2 >= filled;
}

/** A well-formed personnummer or samordningsnummer (day + 60) with a valid Luhn check digit. */
export function isIdentityNumber(value: string): boolean {
  const match = IDENTITY_VALUE.exec(value.trim());
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || (day > 31 && (day < 61 || day > 91))) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const product = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}
