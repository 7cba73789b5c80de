import { Combobox, Field, makeStyles, Option, tokens, typographyStyles } from '@fluentui/react-components';
import { useUnitPeople } from '@larnav/web/api-client';
import { todayInStockholm } from '@larnav/web/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  detail: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
});

export interface PersonChoice {
  id: string;
  name: string;
}

export interface PersonComboboxProps {
  label: string;
  /** The unit whose staff (with its sub-units') to choose from; nothing until one is chosen. */
  unitId: string | null;
  value: PersonChoice | null;
  onChange: (person: PersonChoice | null) => void;
  required?: boolean;
  validationMessage?: string;
}

/**
 * Picks a person employed today in a unit's subtree. There is no people search in the API, so
 * the unit narrows the list first; typing filters it by name or email.
 */
export function PersonCombobox({ label, unitId, value, onChange, required, validationMessage }: PersonComboboxProps) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const people = useUnitPeople(unitId, todayInStockholm());
  // One entry per person, however many employments they have in the subtree.
  const choices = useMemo(() => {
    const byPerson = new Map<string, { id: string; name: string; detail: string }>();
    for (const person of people.data?.people ?? []) {
      if (!byPerson.has(person.personId))
        byPerson.set(person.personId, {
          id: person.personId,
          name: person.name,
          detail: `${person.jobRole}, ${person.orgUnitName} · ${person.email}`,
        });
    }
    return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [people.data]);
  const [query, setQuery] = useState<string | null>(null);
  const needle = (query ?? '').trim().toLocaleLowerCase('sv');
  const shown = needle
    ? choices.filter((choice) => `${choice.name} ${choice.detail}`.toLocaleLowerCase('sv').includes(needle))
    : choices;

  const placeholder = !unitId
    ? t('form.pickUnitFirst')
    : people.isPending
      ? t('form.loadingPeople')
      : t('form.typeToSearch');

  return (
    <Field
      label={label}
      required={required}
      validationMessage={validationMessage}
      hint={
        people.data && people.data.people.length < people.data.total
          ? t('form.peopleTruncated', { shown: people.data.people.length })
          : undefined
      }
    >
      <Combobox
        value={query ?? value?.name ?? ''}
        selectedOptions={value ? [value.id] : []}
        placeholder={placeholder}
        disabled={!unitId}
        onChange={(event) => {
          setQuery(event.target.value);
          if (!event.target.value) onChange(null);
        }}
        onOptionSelect={(_, data) => {
          setQuery(null);
          const chosen = choices.find((choice) => choice.id === data.optionValue);
          onChange(chosen ? { id: chosen.id, name: chosen.name } : null);
        }}
        onBlur={() => setQuery(null)}
      >
        {shown.map((choice) => (
          <Option key={choice.id} value={choice.id} text={choice.name}>
            <span className={styles.option}>
              <span>{choice.name}</span>
              <span className={styles.detail}>{choice.detail}</span>
            </span>
          </Option>
        ))}
        {unitId && people.isSuccess && shown.length === 0 && (
          <Option value="" text="" disabled>
            {t('form.noMatches')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
