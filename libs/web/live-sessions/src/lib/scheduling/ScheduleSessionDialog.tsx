import { Checkbox, Field, Input, Switch } from '@fluentui/react-components';
import { problemOf, useMe, useScheduleSessions } from '@larnav/web/api-client';
import { addCalendarDays, CalendarDatePicker, todayInStockholm, useNotify, useProblemMessage } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { SessionFormDialog } from '../shared/SessionFormDialog';
import {
  emptyScheduleForm,
  MAX_SERIES,
  type ScheduleErrors,
  type ScheduleForm,
  scheduleRequest,
} from './schedule-form';
import { UnitsCombobox } from './UnitsCombobox';

/** Schedules one session of the module, or a series of identical ones, in one go. */
export function ScheduleSessionDialog({ moduleId, onClose }: { moduleId: string; onClose: () => void }) {
  const { t } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const me = useMe();
  const schedule = useScheduleSessions();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [form, setForm] = useState<ScheduleForm>(() => emptyScheduleForm(addCalendarDays(todayInStockholm(), 7)));
  const [errors, setErrors] = useState<ScheduleErrors>({});
  const set = <K extends keyof ScheduleForm>(key: K, value: ScheduleForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const error = (field: keyof ScheduleErrors) => (errors[field] ? t(`schedule.errors.${errors[field]}`) : undefined);
  const series = form.count.trim() !== '1';

  const submit = () => {
    const request = scheduleRequest(form, moduleId, me.data?.person.id ?? null);
    setErrors(request.errors ?? {});
    if (!request.input) return;
    schedule.mutate(request.input, {
      onSuccess: (sessions) => {
        notify(t('schedule.done', { count: sessions.length }));
        onClose();
      },
    });
  };

  return (
    <SessionFormDialog
      title={t('schedule.title')}
      onClose={onClose}
      onSubmit={submit}
      pending={schedule.isPending}
      submitLabel={t('schedule.submit')}
      pendingLabel={t('schedule.pending')}
      problem={schedule.isError ? problemMessage(problemOf(schedule.error)) : undefined}
    >
      <CalendarDatePicker
        label={t('schedule.date')}
        value={form.date}
        minDate={todayInStockholm()}
        required
        onChange={(date) =>
          // The end follows the start's day, unless it was set to run over several days.
          setForm((f) => ({ ...f, date, endDate: f.endDate <= date || f.endDate === f.date ? date : f.endDate }))
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
      <div className={styles.row}>
        <Field
          label={t('schedule.count')}
          hint={t('schedule.countHint', { max: MAX_SERIES })}
          validationMessage={error('count')}
        >
          <Input type="number" min={1} max={MAX_SERIES} value={form.count} onChange={(_, d) => set('count', d.value)} />
        </Field>
        {series && (
          <Field label={t('schedule.everyDays')} validationMessage={error('everyDays')}>
            <Input type="number" min={1} value={form.everyDays} onChange={(_, d) => set('everyDays', d.value)} />
          </Field>
        )}
      </div>
      <Field label={t('schedule.place')} hint={t('schedule.placeHint')} validationMessage={error('place')}>
        <Input value={form.place} maxLength={300} onChange={(_, d) => set('place', d.value)} />
      </Field>
      <Field label={t('schedule.onlineLink')} validationMessage={error('onlineLink')}>
        <Input type="url" value={form.onlineLink} maxLength={2000} onChange={(_, d) => set('onlineLink', d.value)} />
      </Field>
      <Field label={t('schedule.capacity')} required validationMessage={error('capacity')}>
        <Input type="number" min={1} max={10000} value={form.capacity} onChange={(_, d) => set('capacity', d.value)} />
      </Field>
      <div className={styles.row}>
        <Field
          label={t('schedule.bookingDaysBefore')}
          hint={t('schedule.deadlineHint')}
          validationMessage={error('bookingDaysBefore')}
        >
          <Input
            type="number"
            min={0}
            value={form.bookingDaysBefore}
            onChange={(_, d) => set('bookingDaysBefore', d.value)}
          />
        </Field>
        <Field
          label={t('schedule.cancellationDaysBefore')}
          hint={t('schedule.deadlineHint')}
          validationMessage={error('cancellationDaysBefore')}
        >
          <Input
            type="number"
            min={0}
            value={form.cancellationDaysBefore}
            onChange={(_, d) => set('cancellationDaysBefore', d.value)}
          />
        </Field>
      </div>
      <UnitsCombobox value={form.unitIds} onChange={(unitIds) => set('unitIds', unitIds)} />
      <Checkbox
        checked={form.iLead}
        label={t('schedule.iLead')}
        onChange={(_, d) => set('iLead', d.checked === true)}
      />
      <Switch
        checked={form.requiresApproval}
        label={t('schedule.requiresApproval')}
        onChange={(_, d) => set('requiresApproval', d.checked)}
      />
    </SessionFormDialog>
  );
}
