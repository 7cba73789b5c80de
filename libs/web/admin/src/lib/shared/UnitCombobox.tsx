import { Combobox, Field, makeStyles, Option, tokens, typographyStyles } from '@fluentui/react-components';
import { type OrgUnitNode, useOrgTree } from '@larnav/web/api-client';
import { todayInStockholm } from '@larnav/web/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  path: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});

interface UnitChoice {
  id: string;
  name: string;
  /** The units above it, "Stenungsunds kommun › Samhällsbyggnadsförvaltningen". */
  path: string;
}

/** Active units in tree order, each with the path above it so that same-named units differ. */
export function unitChoices(units: readonly OrgUnitNode[]): UnitChoice[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const pathOf = (unit: OrgUnitNode): string[] => {
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    return parent ? [...pathOf(parent), parent.name] : [];
  };
  return units
    .filter((unit) => !unit.archived)
    .map((unit) => ({
      id: unit.id,
      name: unit.name,
      path: pathOf(unit).join(' › '),
    }));
}

export interface UnitComboboxProps {
  label: string;
  hint?: string;
  value: string | null;
  onChange: (unitId: string | null) => void;
  required?: boolean;
  validationMessage?: string;
}

/** Picks a unit of today's organisation by typing part of its name. */
export function UnitCombobox({ label, hint, value, onChange, required, validationMessage }: UnitComboboxProps) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const tree = useOrgTree(todayInStockholm());
  const choices = useMemo(() => unitChoices(tree.data?.units ?? []), [tree.data]);
  const selected = choices.find((choice) => choice.id === value);
  const [query, setQuery] = useState<string | null>(null);
  const text = query ?? selected?.name ?? '';
  const needle = (query ?? '').trim().toLocaleLowerCase('sv');
  const shown = needle ? choices.filter((choice) => choice.name.toLocaleLowerCase('sv').includes(needle)) : choices;

  return (
    <Field label={label} hint={hint} required={required} validationMessage={validationMessage}>
      <Combobox
        value={text}
        selectedOptions={value ? [value] : []}
        placeholder={tree.isPending ? t('form.loadingUnits') : t('form.typeToSearch')}
        onChange={(event) => {
          setQuery(event.target.value);
          if (!event.target.value) onChange(null);
        }}
        onOptionSelect={(_, data) => {
          setQuery(null);
          onChange(data.optionValue ?? null);
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
            {t('form.noMatches')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
