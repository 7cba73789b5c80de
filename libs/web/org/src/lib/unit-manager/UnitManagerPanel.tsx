import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { Permission } from '@larnav/contracts';
import { PersonCombobox, type PersonChoice } from '@larnav/web/admin';
import { type OrgUnitNode, problemOf, useMe, useOrgUnit, useSetUnitManager } from '@larnav/web/api-client';
import { useNotify, useProblemMessage } from '@larnav/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

/**
 * The unit's chef (chef för enheten): whose Mitt team the unit's whole subtree is. Anyone who may
 * read the tree sees who it is; an admin picks a person from the staff around the unit (the
 * parent's subtree, where a chef usually sits) or removes the chef.
 */
export function UnitManagerPanel({ unit }: { unit: OrgUnitNode }) {
  const { t } = useTranslation('org');
  const styles = useStyles();
  const headingId = useId();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const me = useMe();
  const detail = useOrgUnit(unit.id);
  const setManager = useSetUnitManager();
  const [choice, setChoice] = useState<PersonChoice | null>(null);
  const canManage = me.data?.permissions.includes(Permission.OrgManage) ?? false;
  const manager = detail.data?.manager ?? null;

  const save = (personId: string | null) =>
    setManager.mutate(
      { orgUnitId: unit.id, personId },
      {
        onSuccess: (result) => {
          setChoice(null);
          notify(
            result.manager
              ? t('manager.saved', { name: result.manager.name, unit: unit.name })
              : t('manager.removed', { unit: unit.name }),
          );
        },
        onError: (error) => notify(problemMessage(problemOf(error)), 'error'),
      },
    );

  return (
    <section aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('manager.heading')}
      </Subtitle1>
      <Body1 as="p" aria-live="polite">
        {detail.isSuccess && (manager ? t('manager.current', { name: manager.name }) : t('manager.none'))}
      </Body1>
      {canManage && (
        <div className={styles.row}>
          <PersonCombobox
            label={t('manager.pick')}
            unitId={unit.parentId ?? unit.id}
            value={choice}
            onChange={setChoice}
          />
          <Button
            appearance="primary"
            disabled={!choice || setManager.isPending}
            onClick={() => choice && save(choice.id)}
          >
            {t('manager.save')}
          </Button>
          {manager && (
            <Button disabled={setManager.isPending} onClick={() => save(null)}>
              {t('manager.remove')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
