import { Injectable } from '@nestjs/common';
import { CatalogQueries } from '@larnav/api/catalog';
import { OrgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { PeopleQueries, PersonResponse } from '@larnav/api/org';
import { calendarDateAt } from '@larnav/contracts';
import { AssignmentEngine, Requirement } from '../engine/assignment.engine';
import {
  PersonTimelineResponse,
  RequirementStanding,
  TimelineEventResponse,
  TimelineRequirementResponse,
} from './person-timeline.dto';

interface CompletionRow {
  module_id: string;
  completed_on: string;
  score: number | null;
  number: number | null;
}
interface ExemptionRow {
  module_id: string;
  reason: string;
  valid_from: string;
  valid_to: string;
}

/**
 * A person's story as HR reads it: where they worked, what was required of them and from when,
 * what they completed and when they were exempt. Nothing here is stored for the timeline: it is
 * read from employments, the assignment engine, completions and exemptions, none of which are
 * ever rewritten, so a leaver's timeline still says what was required of them.
 */
@Injectable()
export class PersonTimelineQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleQueries,
    private readonly engine: AssignmentEngine,
    private readonly catalog: CatalogQueries,
  ) {}

  async of(personId: string, scope: OrgScope, now = new Date()): Promise<PersonTimelineResponse> {
    // Checks the scope first: HR outside the person's units learns nothing, not even the name.
    const person = await this.people.history(personId, scope);
    const judgedOn = judgementDate(person, calendarDateAt(now));
    const [requirements, completions, exemptions, published] = await Promise.all([
      this.engine.requirementsAt(judgedOn, [personId]),
      this.db.transaction((em) => em.query(COMPLETIONS, [personId]) as Promise<CompletionRow[]>),
      this.db.transaction((em) => em.query(EXEMPTIONS, [personId]) as Promise<ExemptionRow[]>),
      this.catalog.published(),
    ]);
    const titles = new Map(published.map((m) => [m.id, m.title]));
    const title = (moduleId: string) => titles.get(moduleId) ?? moduleId;
    return {
      person,
      judgedOn,
      requirements: requirements
        .map((r) => requirementRow(r, title(r.moduleId), judgedOn))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.moduleTitle.localeCompare(b.moduleTitle, 'sv')),
      events: [
        ...employmentEvents(person),
        ...requirements.flatMap((r) => requirementEvents(r, title(r.moduleId))),
        ...completions.map<TimelineEventResponse>((c) => ({
          date: c.completed_on,
          kind: 'completed',
          subject: title(c.module_id),
          detail:
            [c.number ? `v${c.number}` : null, c.score !== null ? `${c.score} %` : null].filter(Boolean).join(', ') ||
            null,
        })),
        ...exemptions.flatMap<TimelineEventResponse>((x) => [
          { date: x.valid_from, kind: 'exemption-started', subject: title(x.module_id), detail: x.reason },
          { date: x.valid_to, kind: 'exemption-ended', subject: title(x.module_id), detail: null },
        ]),
      ].sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind)),
    };
  }
}

/** Today while they work here; for a leaver, their last day, so the page shows what they left with. */
export function judgementDate(person: PersonResponse, today: string): string {
  const running = person.employments.some((e) => e.startDate <= today && (e.endDate === null || e.endDate >= today));
  if (running || person.employments.length === 0) return today;
  const ended = person.employments.map((e) => e.endDate).filter((d): d is string => d !== null && d < today);
  return ended.length ? ended.sort().at(-1)! : today;
}

export function standing(r: Requirement, on: string): RequirementStanding {
  if (r.compliant) return 'completed';
  if (r.exempt) return 'exempt';
  return r.effectiveDue < on ? 'overdue' : 'due';
}

function requirementRow(r: Requirement, moduleTitle: string, on: string): TimelineRequirementResponse {
  return {
    ruleId: r.ruleId,
    ruleName: r.ruleName,
    moduleId: r.moduleId,
    moduleTitle,
    appliesFrom: r.appliesFrom,
    appliesTo: r.appliesTo === 'infinity' ? null : r.appliesTo,
    dueDate: r.effectiveDue,
    completedOn: r.completedOn,
    validUntil: r.validUntil,
    standing: standing(r, on),
  };
}

function employmentEvents(person: PersonResponse): TimelineEventResponse[] {
  return person.employments.flatMap((e) => [
    { date: e.startDate, kind: 'employment-started' as const, subject: e.orgUnitName, detail: e.jobRole },
    ...(e.endDate
      ? [{ date: e.endDate, kind: 'employment-ended' as const, subject: e.orgUnitName, detail: e.jobRole }]
      : []),
  ]);
}

function requirementEvents(r: Requirement, moduleTitle: string): TimelineEventResponse[] {
  return [
    { date: r.appliesFrom, kind: 'requirement-started', subject: moduleTitle, detail: r.ruleName },
    ...(r.appliesTo !== 'infinity'
      ? [{ date: r.appliesTo, kind: 'requirement-ended' as const, subject: moduleTitle, detail: r.ruleName }]
      : []),
  ];
}

const COMPLETIONS = `
  SELECT c.module_id, (c.completed_at AT TIME ZONE 'Europe/Stockholm')::date::text AS completed_on,
         c.score, v.number
    FROM completion c LEFT JOIN module_version v ON v.id = c.version_id
   WHERE c.person_id = $1
   ORDER BY c.completed_at`;

const EXEMPTIONS = `
  SELECT module_id, reason, valid_from::text AS valid_from, valid_to::text AS valid_to
    FROM exemption WHERE person_id = $1 ORDER BY valid_from`;
