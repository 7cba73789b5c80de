import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { languageOf, Mailer, managerReminderMail, Reminders } from '@larnav/api/notifications';
import { TeamService } from '@larnav/api/org';
import {
  CoveragePeopleResponse,
  CoverageStatus,
  LiveSessionFilter,
  LiveSessionStanding,
  LiveSessionStandingResponse,
  ReportsService,
} from '@larnav/api/reporting';
import { calendarDateAt, ProblemCode } from '@larnav/contracts';
import { MyTeamResponse, ReminderSentResponse } from './my-team.dto';

/** The whole municipality as seen by a manager: the reports narrowed to their team's people. */
const EVERYWHERE = { kind: 'tenant' } as const;

/** Not started (or begun) this close to the due date counts as behind, as overdue does. */
export const REMIND_WITHIN_DAYS = 14;

/**
 * Mitt team: a manager's own team (TeamService) with the same numbers as HR's coverage, from
 * ReportsService with the team's people as the filter, and reminders to those behind. A manager
 * sees no one outside the team: every person asked for is checked against it (404).
 */
@Injectable()
export class MyTeamService {
  constructor(
    private readonly db: TenantDb,
    private readonly team: TeamService,
    private readonly reports: ReportsService,
    private readonly liveSessionStanding: LiveSessionStanding,
    private readonly reminders: Reminders,
    private readonly mailer: Mailer,
    private readonly audit: AuditLog,
  ) {}

  async summary(actor: Actor, asOf: string): Promise<MyTeamResponse> {
    const people = await this.people(actor, asOf);
    if (people.length === 0) return { asOf, manages: false, size: 0, modules: [], totals: [] };
    // The root of the municipality's tree counts each team member once, wherever they work.
    const coverage = await this.reports.coverage({ personIds: people }, asOf, EVERYWHERE, { limit: 1, offset: 0 });
    const totals = coverage.nodes[0]?.modules ?? [];
    const required = new Set(totals.filter((t) => t.population > 0).map((t) => t.moduleId));
    return {
      asOf,
      manages: true,
      size: people.length,
      modules: coverage.modules.filter((m) => required.has(m.id)),
      totals: totals.filter((t) => required.has(t.moduleId)),
    };
  }

  async drillDown(
    actor: Actor,
    asOf: string,
    filter: { moduleId?: string; status?: CoverageStatus },
    page: { limit: number; offset: number },
  ): Promise<CoveragePeopleResponse> {
    const people = await this.people(actor, asOf);
    if (people.length === 0) return { asOf, total: 0, people: [] };
    return this.reports.people({ ...filter, personIds: people }, asOf, EVERYWHERE, page);
  }

  /** Who in my team is booked on, attended, or still lacks a module's live session: HR's report, for the team. */
  async liveSessions(
    actor: Actor,
    filter: { moduleId: string; liveSession?: LiveSessionFilter },
    page: { limit: number; offset: number },
  ): Promise<LiveSessionStandingResponse> {
    const today = calendarDateAt(new Date());
    const personIds = await this.people(actor, today);
    return this.liveSessionStanding.report({ ...filter, personIds }, today, EVERYWHERE, page);
  }

  /**
   * Mails one reminder to a team member who is behind with a module (overdue, or not done within
   * REMIND_WITHIN_DAYS of the due date), at most once per person and module a day: the
   * notifications area's `reminder_sent` guard, with the occasion `manager:<day>`. Audited.
   */
  async remind(actor: Actor, personId: string, moduleId: string): Promise<ReminderSentResponse> {
    const managerId = managerOf(actor);
    const today = calendarDateAt(new Date());
    await this.team.assertInTeam(managerId, personId, today);
    const [standing] = (
      await this.reports.people({ personIds: [personId], moduleId }, today, EVERYWHERE, { limit: 1, offset: 0 })
    ).people;
    if (!standing || !isBehind(standing.status, standing.dueDate, today)) {
      throw DomainError.unprocessable(
        ProblemCode.ReminderNotNeeded,
        'The person is neither overdue with this module nor close to its due date without having completed it.',
      );
    }
    const recipient = (await this.reminders.recipients([personId])).get(personId);
    const manager = (await this.reminders.recipients([managerId])).get(managerId);
    if (!recipient) {
      throw DomainError.unprocessable(ProblemCode.ReminderNotNeeded, 'The person can no longer be mailed.');
    }
    const titles = await this.reminders.titles();
    const language = languageOf(recipient.locale);
    const title = titles.get(moduleId);
    const message = managerReminderMail(
      {
        to: recipient.email,
        name: recipient.name,
        manager: manager?.name ?? '',
        module: (language === 'en' ? title?.en : null) ?? title?.sv ?? standing.moduleTitle,
        due: standing.dueDate ?? today,
        overdue: standing.status === 'overdue',
        link: `${await this.reminders.linkBase()}/my-training/${moduleId}`,
      },
      language,
    );
    const mail = await this.db.transaction(async () => {
      const written = await this.reminders.once(personId, moduleId, `manager:${today}`, message);
      if (written) {
        await this.audit.record({
          action: 'team-reminder-sent',
          actor,
          target: { type: 'person', id: personId },
          details: { moduleId, mailId: written.id, status: standing.status, dueDate: standing.dueDate },
        });
      }
      return written;
    });
    if (!mail) {
      throw DomainError.conflict(
        ProblemCode.ReminderAlreadySent,
        `A reminder about this module already went to the person today (${today}).`,
      );
    }
    await this.mailer.dispatch([mail]);
    return { personId, moduleId, mailId: mail.id, sentOn: today };
  }

  private people(actor: Actor, asOf: string): Promise<string[]> {
    return actor.personId ? this.team.teamOf(actor.personId, asOf) : Promise.resolve([]);
  }
}

export function isBehind(status: CoverageStatus, dueDate: string | null, today: string): boolean {
  if (status === 'overdue') return true;
  if ((status !== 'not-started' && status !== 'in-progress') || dueDate === null) return false;
  const days = (Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= REMIND_WITHIN_DAYS;
}

function managerOf(actor: Actor): string {
  // A token is no manager; 404 as for anyone outside a team.
  if (!actor.personId) throw DomainError.notFound(ProblemCode.TeamMemberNotFound, 'You have no team.');
  return actor.personId;
}
