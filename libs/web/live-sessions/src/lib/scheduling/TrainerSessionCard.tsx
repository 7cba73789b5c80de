import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  mergeClasses,
  Subtitle2,
} from '@fluentui/react-components';
import { CalendarEditRegular, CalendarCancelRegular, PeopleCheckmarkRegular } from '@fluentui/react-icons';
import type { LiveSession } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';
import { attendancePath } from '../paths';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { CancelledNotice } from '../shared/CancelledNotice';
import { RouteButton } from '../shared/RouteButton';
import { SessionFacts } from '../shared/SessionFacts';
import { formatSessionTimes } from '../shared/session-time';
import { SessionBookings } from './SessionBookings';

export type SessionPhase = 'upcoming' | 'past' | 'cancelled';

export function phaseOf(session: LiveSession, now: Date = new Date()): SessionPhase {
  if (session.status === 'cancelled') return 'cancelled';
  return new Date(session.endsAt) < now ? 'past' : 'upcoming';
}

const PHASE_COLOR = { upcoming: 'brand', past: 'subtle', cancelled: 'danger' } as const;

/** One session as the trainer sees it: when and where, places, who booked, and what can be done. */
export function TrainerSessionCard({
  session,
  onMove,
  onCancel,
}: {
  session: LiveSession;
  onMove: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const phase = phaseOf(session);
  const when = formatSessionTimes(session.startsLocal, session.endsLocal, i18n.language);
  return (
    <li className={mergeClasses(styles.card, phase === 'cancelled' && styles.cancelledCard)} aria-label={when}>
      <div className={styles.cardHeader}>
        <Subtitle2 as="h3" className={styles.cardTitle}>
          {when}
        </Subtitle2>
        <Badge appearance="tint" color={PHASE_COLOR[phase]}>
          {t(`phase.${phase}`)}
        </Badge>
      </div>
      <CancelledNotice session={session} />
      <SessionFacts session={session} deadlines={phase === 'upcoming'} />
      {phase !== 'cancelled' && (
        <div className={styles.actions}>
          <RouteButton to={attendancePath(session.id)} icon={<PeopleCheckmarkRegular />}>
            {t('sessions.attendance')}
          </RouteButton>
          {phase === 'upcoming' && (
            <>
              <Button icon={<CalendarEditRegular />} onClick={onMove} aria-label={t('sessions.moveFor', { when })}>
                {t('sessions.move')}
              </Button>
              <Button
                icon={<CalendarCancelRegular />}
                onClick={onCancel}
                aria-label={t('sessions.cancelFor', { when })}
              >
                {t('sessions.cancel')}
              </Button>
            </>
          )}
        </div>
      )}
      <Accordion collapsible>
        <AccordionItem value="bookings">
          <AccordionHeader>
            {t('sessions.bookings', { booked: session.bookedCount, waiting: session.waitlistCount })}
          </AccordionHeader>
          <AccordionPanel>
            <SessionBookings sessionId={session.id} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </li>
  );
}
