import { makeStyles, MessageBar, MessageBarBody, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { type AttendanceStatus, problemOf, type SessionBooking, useMarkAttendance } from '@larnav/web/api-client';
import { useProblemMessage } from '@larnav/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../shared/StatusBadge';

export const ATTENDANCE_MARKS: AttendanceStatus[] = ['attended', 'partly-attended', 'no-show'];

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  name: { fontWeight: tokens.fontWeightSemibold },
  // Three buttons side by side at 360 px, each at least 48 px high: easy to hit in the room.
  marks: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  mark: { minHeight: '48px', whiteSpace: 'normal', paddingInline: tokens.spacingHorizontalXS },
});

/** One booked person with three big buttons: attended, partly attended, no-show. */
export function AttendanceRow({
  sessionId,
  booking,
  canMark,
}: {
  sessionId: string;
  booking: SessionBooking;
  canMark: boolean;
}) {
  const { t } = useTranslation('live-sessions');
  const styles = useStyles();
  const mark = useMarkAttendance(sessionId);
  const problemMessage = useProblemMessage();
  const nameId = useId();
  const status: string = booking.status;
  return (
    <li className={styles.row}>
      <div className={styles.who}>
        <Text id={nameId} className={styles.name}>
          {booking.name}
        </Text>
        <StatusBadge status={status} />
      </div>
      <div role="group" aria-labelledby={nameId} className={styles.marks}>
        {ATTENDANCE_MARKS.map((value) => (
          <ToggleButton
            key={value}
            size="large"
            className={styles.mark}
            checked={status === value}
            disabled={!canMark || mark.isPending}
            onClick={() => mark.mutate({ bookingId: booking.id, status: value })}
          >
            {t(`attendance.mark.${value}`)}
          </ToggleButton>
        ))}
      </div>
      {mark.isError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{problemMessage(problemOf(mark.error))}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
