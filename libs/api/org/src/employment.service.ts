import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { previousCalendarDate, ProblemCode } from '@larnav/contracts';
import { EmploymentInput, HirePersonDto, LeaveDto, TransferDto } from './dto/employment.dto';
import { Employment } from './entities/employment.entity';
import { Person } from './entities/person.entity';
import { OrgUnitService } from './org-unit.service';
import { resolvePlacementNeed } from './placement.service';

/**
 * Personalomsättning: hiring, transfers, leaving and rehiring. Every change adds or closes an
 * employment; none rewrites the past, so coverage at any earlier date stays what it was.
 */
@Injectable()
export class EmploymentService {
  constructor(
    private readonly db: TenantDb,
    private readonly units: OrgUnitService,
  ) {}

  /** A new person and their first employment, in one transaction. */
  hire(input: HirePersonDto): Promise<{ person: Person; employment: Employment }> {
    return this.db.transaction(async (em) => {
      const person = await em.save(
        em.create(Person, {
          tenantId: this.db.tenantId(),
          name: input.name.trim(),
          email: input.email.trim().toLowerCase(),
          externalId: input.externalId ?? null,
        }),
      );
      const employment = await this.employ(em, person.id, input.employment);
      return { person, employment };
    });
  }

  /** A further employment: a second, part-time post, or a rehire after leaving. */
  addEmployment(personId: string, input: EmploymentInput): Promise<Employment> {
    return this.db.transaction(async (em) => {
      await this.person(em, personId);
      return this.employ(em, personId, input);
    });
  }

  /** Ends the employment the day before `date` and starts one in the new unit on `date`. */
  transfer(personId: string, input: TransferDto): Promise<{ ended: Employment; started: Employment }> {
    return this.db.transaction(async (em) => {
      await this.person(em, personId);
      const current = await this.employmentOn(em, personId, input.date, input.employmentId);
      if (current.startDate >= input.date) {
        throw DomainError.unprocessable(
          ProblemCode.EmploymentEndsBeforeStart,
          `The transfer date must come after the employment's first day (${current.startDate}).`,
        );
      }
      const plannedEnd = current.endDate;
      current.endDate = previousCalendarDate(input.date);
      const ended = await em.save(current);
      const started = await this.employ(em, personId, {
        orgUnitId: input.toOrgUnitId,
        jobRole: input.jobRole ?? current.jobRole,
        startDate: input.date,
        // A fixed-term contract keeps its end date in the new unit.
        endDate: plannedEnd ?? undefined,
      });
      return { ended, started };
    });
  }

  /** Ends the person's employments that run on their last day (or just the one named). */
  leave(personId: string, input: LeaveDto): Promise<Employment[]> {
    return this.db.transaction(async (em) => {
      await this.person(em, personId);
      const running = input.employmentId
        ? [await this.employmentOn(em, personId, input.lastDay, input.employmentId)]
        : await this.employmentsOn(em, personId, input.lastDay);
      if (running.length === 0) {
        throw DomainError.unprocessable(
          ProblemCode.NoCurrentEmployment,
          `The person has no employment running on ${input.lastDay}.`,
        );
      }
      for (const employment of running) employment.endDate = input.lastDay;
      return em.save(running);
    });
  }

  async person(em: EntityManager, id: string): Promise<Person> {
    const person = await em.findOneBy(Person, { id });
    if (!person) throw DomainError.notFound(ProblemCode.PersonNotFound, `No person with id ${id}.`);
    return person;
  }

  private async employ(em: EntityManager, personId: string, input: EmploymentInput): Promise<Employment> {
    if (input.endDate && input.endDate < input.startDate) {
      throw DomainError.unprocessable(
        ProblemCode.EmploymentEndsBeforeStart,
        `The end date ${input.endDate} comes before the start date ${input.startDate}.`,
      );
    }
    const unit = await this.units.activeUnit(em, input.orgUnitId);
    await resolvePlacementNeed(em, personId);
    return em.save(
      em.create(Employment, {
        tenantId: this.db.tenantId(),
        personId,
        orgUnitId: unit.id,
        jobRole: input.jobRole.trim(),
        startDate: input.startDate,
        endDate: input.endDate ?? null,
      }),
    );
  }

  private employmentsOn(em: EntityManager, personId: string, day: string): Promise<Employment[]> {
    return em
      .createQueryBuilder(Employment, 'e')
      .where('e.person_id = :personId', { personId })
      .andWhere('e.start_date <= :day AND (e.end_date IS NULL OR e.end_date >= :day)', { day })
      .orderBy('e.start_date')
      .getMany();
  }

  private async employmentOn(
    em: EntityManager,
    personId: string,
    day: string,
    employmentId?: string,
  ): Promise<Employment> {
    const running = await this.employmentsOn(em, personId, day);
    if (employmentId) {
      const named = running.find((e) => e.id === employmentId);
      if (named) return named;
      const exists = await em.existsBy(Employment, { id: employmentId, personId });
      throw exists
        ? DomainError.unprocessable(ProblemCode.EmploymentAlreadyEnded, `That employment does not run on ${day}.`)
        : DomainError.notFound(ProblemCode.EmploymentNotFound, `The person has no employment with id ${employmentId}.`);
    }
    if (running.length === 0) {
      throw DomainError.unprocessable(
        ProblemCode.NoCurrentEmployment,
        `The person has no employment running on ${day}.`,
      );
    }
    if (running.length > 1) {
      throw new DomainError(
        400,
        ProblemCode.ValidationFailed,
        'The person holds several employments on that date: name the one that moves (employmentId).',
        [{ field: 'employmentId', message: 'required when several employments run on that date' }],
      );
    }
    return running[0];
  }
}
