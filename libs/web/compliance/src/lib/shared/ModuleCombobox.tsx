import { Combobox, Field, makeStyles, Option, tokens, typographyStyles } from '@fluentui/react-components';
import { type ModuleSummary, useCatalogModules, useSharedModules } from '@larnav/web/api-client';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  from: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});

/** Modules a rule can require: published ones, this municipality's first, then the region's shared. */
export function moduleChoices(own: readonly ModuleSummary[], shared: readonly ModuleSummary[]) {
  const published = (modules: readonly ModuleSummary[]) =>
    modules.filter((module) => module.publishedNumber !== null).sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  return [
    ...published(own).map((module) => ({ module, shared: false })),
    ...published(shared).map((module) => ({ module, shared: true })),
  ];
}

export interface ModuleComboboxProps {
  value: string | null;
  onChange: (moduleId: string | null) => void;
  validationMessage?: string;
}

/** Picks a published module from the catalogue by typing part of its title. */
export function ModuleCombobox({ value, onChange, validationMessage }: ModuleComboboxProps) {
  const { t } = useTranslation('compliance');
  const styles = useStyles();
  const own = useCatalogModules();
  const shared = useSharedModules();
  const choices = useMemo(() => moduleChoices(own.data ?? [], shared.data ?? []), [own.data, shared.data]);
  const selected = choices.find((choice) => choice.module.id === value);
  const [query, setQuery] = useState<string | null>(null);
  const needle = (query ?? '').trim().toLocaleLowerCase('sv');
  const shown = needle
    ? choices.filter((choice) => choice.module.title.toLocaleLowerCase('sv').includes(needle))
    : choices;
  const loading = own.isPending || shared.isPending;

  return (
    <Field label={t('form.module')} hint={t('form.moduleHint')} required validationMessage={validationMessage}>
      <Combobox
        value={query ?? selected?.module.title ?? ''}
        selectedOptions={value ? [value] : []}
        placeholder={loading ? t('form.loadingModules') : t('form.typeToSearch')}
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
        {shown.map(({ module, shared: fromRegion }) => (
          <Option key={module.id} value={module.id} text={module.title}>
            <span className={styles.option}>
              <span>{module.title}</span>
              {fromRegion && (
                <span className={styles.from}>{t('form.sharedBy', { municipality: module.municipality })}</span>
              )}
            </span>
          </Option>
        ))}
        {shown.length === 0 && !loading && (
          <Option value="" text="" disabled>
            {t('form.noModules')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
