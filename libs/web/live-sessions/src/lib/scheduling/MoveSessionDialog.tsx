import { Field, Input, Text } from '@fluentui/react-components';
import { type LiveSession, problemOf, useMoveSession } from '@larnav/web/api-client';
import { CalendarDatePicker, useNotify, useProblemMessage } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { SessionFormDialog } from '../shared/SessionFormDialog';
import { type MoveErrors, type MoveForm, moveFormOf, moveRequest } from './move-form';

/** Moves a session (time, place, link) or changes its places; everyone booked is told. */
export function MoveSessionDialog({ session, onClose }: { session: LiveSession; onClose: () => void }) {
  const { t } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const move = useMoveSession();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [form, setForm] = useState<MoveForm>(() => moveFormOf(session));
  const [errors, setErrors] = useState<MoveErrors>({});
  const set = <K extends keyof MoveForm>(key: K, value: MoveForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const error = (field: keyof MoveErrors) => (errors[field] ? t(`schedule.errors.${errors[field]}`) : undefined);

  const submit = () => {
    const request = moveRequest(session, form);
    setErrors(request.errors ?? {});
    if (!request.changes) return;
    if (Object.keys(request.changes).length === 0) return onClose();
    move.mutate(
      { sessionId: session.id, changes: request.changes },
      {
        onSuccess: () => {
          notify(t('move.done'));
          onClose();
        },
      },
    );
  };

  return (
    <SessionFormDialog
      title={t('move.title')}
      onClose={onClose}
      onSubmit={submit}
      pending={move.isPending}
      submitLabel={t('move.submit')}
      pendingLabel={t('move.pending')}
      problem={move.isError ? problemMessage(problemOf(move.error)) : undefined}
    >
      <Text as="p" className={styles.intro}>
        {t('move.intro')}
      </Text>
      <CalendarDatePicker
        label={t('schedule.date')}
        value={form.date}
        required
        onChange={(date) =>
          setForm((f) => ({ ...f, date, endDate: f.endDate === f.date || f.endDate < date ? date : f.endDate }))
        }
      />
      <div className={styles.row}>
        <Field label={t('schedule.startTime')} required validationMessage={error('time')}>
          <Input type="time" value={form.startTime} onChange={(_, d) => set('startTime', d.value)} />
        </Field>
        <Field label={t('schedule.endTime')} required>
          <Input type="time" value={form.endTime} onChange={(_, d) => set('endTime', d.value)} />
        </Field>
      </div>
      <CalendarDatePicker
        label={t('schedule.endDate')}
        value={form.endDate}
        minDate={form.date}
        required
        onChange={(endDate) => set('endDate', endDate)}
      />
      <Field label={t('schedule.place')} hint={t('schedule.placeHint')} validationMessage={error('place')}>
        <Input value={form.place} maxLength={300} onChange={(_, d) => set('place', d.value)} />
      </Field>
      <Field label={t('schedule.onlineLink')} validationMessage={error('onlineLink')}>
        <Input type="url" value={form.onlineLink} maxLength={2000} onChange={(_, d) => set('onlineLink', d.value)} />
      </Field>
      <Field
        label={t('schedule.capacity')}
        hint={t('move.capacityHint', { count: session.bookedCount })}
        required
        validationMessage={error('capacity')}
      >
        <Input type="number" min={1} max={10000} value={form.capacity} onChange={(_, d) => set('capacity', d.value)} />
      </Field>
    </SessionFormDialog>
  );
}
