import { Combobox, Field, makeStyles, Option, tokens, typographyStyles } from '@fluentui/react-components';
import { type OrgUnitNode, useOrgTree } from '@larnav/web/api-client';
import { todayInStockholm } from '@larnav/web/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  path: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});

/** Active units in tree order, each with the units above it, so that same-named units differ. */
export function unitChoices(units: readonly OrgUnitNode[]) {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const pathOf = (unit: OrgUnitNode): string[] => {
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    return parent ? [...pathOf(parent), parent.name] : [];
  };
  return units
    .filter((unit) => !unit.archived && unit.parentId !== null)
    .map((unit) => ({ id: unit.id, name: unit.name, path: pathOf(unit).join(' › ') }));
}

/** Which units' staff may book (each with its subtree); none chosen means everyone. */
export function UnitsCombobox({ value, onChange }: { value: string[]; onChange: (unitIds: string[]) => void }) {
  const { t } = useTranslation('live-sessions');
  const styles = useStyles();
  const tree = useOrgTree(todayInStockholm());
  const choices = useMemo(() => unitChoices(tree.data?.units ?? []), [tree.data]);
  const [query, setQuery] = useState<string | null>(null);
  const selectedNames = choices.filter((c) => value.includes(c.id)).map((c) => c.name);
  const needle = (query ?? '').trim().toLocaleLowerCase('sv');
  const shown = needle ? choices.filter((c) => c.name.toLocaleLowerCase('sv').includes(needle)) : choices;

  return (
    <Field label={t('schedule.units')} hint={t('schedule.unitsHint')}>
      <Combobox
        multiselect
        value={query ?? selectedNames.join(', ')}
        selectedOptions={value}
        placeholder={tree.isPending ? t('schedule.loadingUnits') : t('schedule.everyone')}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          setQuery(null);
          onChange(data.selectedOptions);
        }}
        onBlur={() => setQuery(null)}
      >
        {shown.map((choice) => (
          <Option key={choice.id} value={choice.id} text={choice.name}>
            <span className={styles.option}>
              <span>{choice.name}</span>
              {choice.path && <span className={styles.path}>{choice.path}</span>}
            </span>
          </Option>
        ))}
        {shown.length === 0 && !tree.isPending && (
          <Option value="" text="" disabled>
            {t('schedule.noUnits')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
