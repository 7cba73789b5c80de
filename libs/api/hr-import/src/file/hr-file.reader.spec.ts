import ExcelJS from 'exceljs';
import { DomainError } from '@larnav/api/common';
import { proposeMapping } from '../mapping/column-mapping';
import { guessDelimiter, readHrFile } from './hr-file.reader';
import { isIdentityNumber, refuseIdentityNumbers } from './identity-number.guard';

const SWEDISH =
  'Anställningsnummer;Förnamn;Efternamn;E-post;Enhetskod;Befattning;Startdatum;Slutdatum\n' +
  '1001;Åsa;Öberg;asa@kommun.se;SBF-BYGG;bygglovshandläggare;2024-05-04;\n\n' +
  '1002;"Per, Jr";Ek;per@kommun.se;SBF-MILJO;miljöinspektör;20250101;2026-12-31\n';

describe('readHrFile', () => {
  it('reads Swedish Excel’s semicolon CSV in Windows-1252, keeping the rows’ line numbers', async () => {
    const bytes = Buffer.from(SWEDISH, 'latin1');
    const table = await readHrFile(bytes);
    expect(table.format).toBe('csv');
    expect(table.headers[0]).toBe('Anställningsnummer');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0].cells.slice(0, 3)).toEqual(['1001', 'Åsa', 'Öberg']);
    expect(table.rows[1]).toMatchObject({ line: 4, cells: expect.arrayContaining(['Per, Jr']) });
  });

  it('reads UTF-8 with a byte-order mark, and UTF-16 from Excel’s “Unicode text”', async () => {
    const utf8 = await readHrFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SWEDISH, 'utf8')]));
    expect(utf8.headers[0]).toBe('Anställningsnummer');
    const tabs = SWEDISH.replace(/;/g, '\t');
    const utf16 = await readHrFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabs, 'utf16le')]));
    expect(utf16.rows[0].cells[1]).toBe('Åsa');
  });

  it('reads an XLSX workbook, dates as calendar dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Personal');
    sheet.addRow(['Anst.nr', 'Namn', 'E-post', 'Enhet', 'Från']);
    sheet.addRow([1001, 'Sara Lind', 'sara@kommun.se', 'SBF-BYGG', new Date(Date.UTC(2024, 4, 4))]);
    const table = await readHrFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(table).toMatchObject({ format: 'xlsx', headers: ['Anst.nr', 'Namn', 'E-post', 'Enhet', 'Från'] });
    expect(table.rows).toEqual([{ line: 2, cells: ['1001', 'Sara Lind', 'sara@kommun.se', 'SBF-BYGG', '2024-05-04'] }]);
  });

  it('refuses an old .xls, an empty file and a file with only a header', async () => {
    await expect(readHrFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(/\.xls/);
    await expect(readHrFile(Buffer.from('Namn;E-post\n'))).rejects.toThrow(/no employees/);
    await expect(readHrFile(Buffer.from('\n\n'))).rejects.toBeInstanceOf(DomainError);
  });

  it('guesses the separator from the header row', () => {
    expect(guessDelimiter('a;b;c')).toBe(';');
    expect(guessDelimiter('a,b,c')).toBe(',');
    expect(guessDelimiter('a\tb\tc')).toBe('\t');
    expect(guessDelimiter('"Namn; fullt",E-post,Enhet')).toBe(',');
  });
});

describe('refuseIdentityNumbers', () => {
  it('knows a personnummer by its check digit', () => {
    expect(isIdentityNumber('811218-9876')).toBe(true);
    expect(isIdentityNumber('19811218-9876')).toBe(true);
    expect(isIdentityNumber('8112189876')).toBe(true);
    expect(isIdentityNumber('811218-9877')).toBe(false);
    expect(isIdentityNumber('1001')).toBe(false);
  });

  it('refuses a file with a personnummer column by its header, mapped or not', async () => {
    const table = await readHrFile(Buffer.from('Anst.nr;Personnummer;Namn\n1001;;Sara\n'));
    expect(() => refuseIdentityNumbers(table)).toThrow(/Personnummer/);
  });

  it('refuses a column whose values are personnummer whatever its header says', async () => {
    const rows = ['811218-9876', '900101-0009', '19850505-1238'].map((id, index) => `${index};${id};Namn ${index}`);
    const table = await readHrFile(Buffer.from(`Nr;Id;Namn\n${rows.join('\n')}\n`));
    expect(() => refuseIdentityNumbers(table)).toThrow(/"Id"/);
  });

  it('lets through ten-digit employee numbers that are not personnummer', async () => {
    const rows = ['1234567890', '2345678901', '3456789012'].map((nr, index) => `${nr};Namn ${index}`);
    const table = await readHrFile(Buffer.from(`Anst.nr;Namn\n${rows.join('\n')}\n`));
    expect(() => refuseIdentityNumbers(table)).not.toThrow();
  });
});

describe('proposeMapping', () => {
  it('finds the columns by their usual Swedish and English names', () => {
    expect(
      proposeMapping(
        ['Anställningsnummer', 'Förnamn', 'Efternamn', 'E-post', 'Enhetskod', 'Befattning', 'Startdatum', 'Slutdatum'],
        null,
      ),
    ).toEqual({
      employeeNumber: 'Anställningsnummer',
      name: null,
      givenName: 'Förnamn',
      familyName: 'Efternamn',
      email: 'E-post',
      orgUnitCode: 'Enhetskod',
      jobRole: 'Befattning',
      startDate: 'Startdatum',
      endDate: 'Slutdatum',
    });
    expect(proposeMapping(['Employee ID', 'Full name', 'Email', 'Unit code', 'Start date'], null)).toMatchObject({
      employeeNumber: 'Employee ID',
      name: 'Full name',
      email: 'Email',
      orgUnitCode: 'Unit code',
      startDate: 'Start date',
      endDate: null,
    });
  });

  it('uses the remembered mapping when the file has its columns', () => {
    const remembered = proposeMapping(['Nr', 'X', 'Y', 'Z', 'W'], null);
    const custom = { ...remembered, employeeNumber: 'Nr', name: 'X', email: 'Y', orgUnitCode: 'Z', startDate: 'W' };
    expect(proposeMapping(['Nr', 'X', 'Y', 'Z', 'W'], custom)).toBe(custom);
    expect(proposeMapping(['Nr', 'X'], custom)).not.toBe(custom);
  });
});
