import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Writable } from 'node:stream';
import { calendarDateAt } from '@larnav/contracts';
import { formatCode } from '../completion/certificate-code';
import type { Certificate } from '../entities/certificate.entity';

export type CertificateLanguage = 'sv' | 'en';

const TEXT = {
  sv: {
    heading: 'Intyg',
    intro: 'Härmed intygas att',
    completed: 'har genomfört utbildningen',
    version: (n: number) => `version ${n}`,
    date: 'Datum',
    validUntil: 'Giltigt till och med',
    issuedBy: 'Utfärdat av',
    verify: 'Kontrollera intyget på',
    code: 'Kontrollkod',
  },
  en: {
    heading: 'Certificate',
    intro: 'This is to certify that',
    completed: 'has completed the training',
    version: (n: number) => `version ${n}`,
    date: 'Date',
    validUntil: 'Valid until',
    issuedBy: 'Issued by',
    verify: 'Verify this certificate at',
    code: 'Verification code',
  },
} as const;

/**
 * The certificate as a PDF (pdfkit): who, what, which version, when, by which municipality, and
 * the verification code as text and as a QR code pointing at the public verification page.
 * Dates are Stockholm calendar dates. Streamed to `out`.
 */
export async function writeCertificatePdf(
  certificate: Certificate,
  language: CertificateLanguage,
  verifyUrl: string,
  out: Writable,
): Promise<void> {
  const t = TEXT[language];
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    info: {
      Title: `${t.heading}: ${certificate.moduleTitle}`,
      Author: certificate.municipalityName,
      Subject: certificate.personName,
    },
    lang: language === 'sv' ? 'sv-SE' : 'en-GB',
  });
  doc.pipe(out);
  const width = doc.page.width - 112;
  doc.font('Helvetica-Bold').fontSize(34).text(t.heading, { align: 'center', width });
  doc.moveDown(1.2).font('Helvetica').fontSize(14).text(t.intro, { align: 'center', width });
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(26).text(certificate.personName, { align: 'center', width });
  doc.moveDown(0.4).font('Helvetica').fontSize(14).text(t.completed, { align: 'center', width });
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(20).text(certificate.moduleTitle, { align: 'center', width });
  doc.font('Helvetica').fontSize(12).text(t.version(certificate.versionNumber), { align: 'center', width });
  doc.moveDown(1.5).fontSize(12);
  doc.text(`${t.date}: ${calendarDateAt(certificate.completedAt)}`, { align: 'center', width });
  if (certificate.expiresAt)
    doc.text(`${t.validUntil}: ${calendarDateAt(certificate.expiresAt)}`, { align: 'center', width });
  doc.text(`${t.issuedBy}: ${certificate.municipalityName}`, { align: 'center', width });

  const bottom = doc.page.height - 56 - 110;
  doc.image(qr, 56, bottom, { width: 110, height: 110 });
  doc.fontSize(10).text(`${t.verify}`, 180, bottom + 30, { width: width - 130 });
  doc.fillColor('#0f4c81').text(verifyUrl, { link: verifyUrl, underline: true, width: width - 130 });
  doc.fillColor('black').text(`${t.code}: ${formatCode(certificate.code)}`, { width: width - 130 });
  doc.end();
  await new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
}
