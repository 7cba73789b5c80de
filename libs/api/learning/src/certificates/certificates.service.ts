import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { normalizeCode } from '../completion/certificate-code';
import { Certificate } from '../entities/certificate.entity';
import { learner } from '../progress/attempts.service';

export type CertificateStatus = 'valid' | 'expired' | 'revoked';

/** What the public verification page shows: what is printed on the certificate, and whether it holds. */
export interface CertificateCheck {
  status: CertificateStatus;
  personName: string;
  moduleTitle: string;
  versionNumber: number;
  municipalityName: string;
  completedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

@Injectable()
export class CertificatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  /** The actor's own certificate; anyone else's is "not found". */
  own(id: string, actor: Actor): Promise<{ certificate: Certificate; locale: string }> {
    return this.db.transaction(async (em) => {
      const certificate = await em.findOneBy(Certificate, { id, personId: learner(actor) });
      if (!certificate) throw notFound();
      const [person] = await em.query(`SELECT locale FROM person WHERE id = $1`, [certificate.personId]);
      return { certificate, locale: person?.locale ?? 'sv' };
    });
  }

  /**
   * Anyone, anywhere, may check a code: through the declared crossing that reads the
   * certificate table alone, so nothing but what is printed can come back.
   */
  check(code: string): Promise<CertificateCheck> {
    return this.db.crossTenants('certificate-verification', async (em) => {
      const certificate = await em.findOneBy(Certificate, { code: normalizeCode(code) });
      if (!certificate) throw notFound();
      const status: CertificateStatus = certificate.revokedAt
        ? 'revoked'
        : certificate.expiresAt && certificate.expiresAt <= new Date()
          ? 'expired'
          : 'valid';
      return {
        status,
        personName: certificate.personName,
        moduleTitle: certificate.moduleTitle,
        versionNumber: certificate.versionNumber,
        municipalityName: certificate.municipalityName,
        completedAt: certificate.completedAt,
        expiresAt: certificate.expiresAt,
        revokedAt: certificate.revokedAt,
      };
    });
  }

  revoke(id: string, reason: string, actor: Actor): Promise<Certificate> {
    return this.db.transaction(async (em) => {
      const certificate = await em.findOneBy(Certificate, { id });
      if (!certificate) throw notFound();
      if (!certificate.revokedAt) {
        certificate.revokedAt = new Date();
        certificate.revokedReason = reason.trim();
        await em.save(certificate);
        await this.audit.record({
          action: 'certificate-revoked',
          actor,
          target: { type: 'person', id: certificate.personId },
          details: { certificateId: id, reason: certificate.revokedReason },
        });
      }
      return certificate;
    });
  }
}

function notFound(): DomainError {
  return DomainError.notFound(ProblemCode.CertificateNotFound, 'No certificate has that code or id.');
}
