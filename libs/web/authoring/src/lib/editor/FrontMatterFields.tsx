import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { ModuleLanguage } from '@larnav/shared/catalog';
import { useTranslation } from 'react-i18next';
import type { DraftContent } from '../draft/draft-content';
import { useAuthoringStyles } from '../shared/authoring.styles';

interface FrontMatterFieldsProps {
  content: DraftContent;
  onChange: (content: DraftContent) => void;
  problem: (place: string) => string | undefined;
}

/** What the module says about itself: title, summary, language, length. */
export function FrontMatterFields({ content, onChange, problem }: FrontMatterFieldsProps) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  return (
    <div className={styles.form}>
      <Field label={t('frontMatter.title')} required validationMessage={problem('module.title')}>
        <Input
          value={content.title}
          maxLength={200}
          onChange={(_, data) => onChange({ ...content, title: data.value })}
        />
      </Field>
      <Field
        label={t('frontMatter.summary')}
        hint={t('frontMatter.summaryHint')}
        validationMessage={problem('module.summary')}
      >
        <Textarea
          value={content.summary}
          maxLength={2000}
          resize="vertical"
          onChange={(_, data) => onChange({ ...content, summary: data.value })}
        />
      </Field>
      <div className={styles.fields}>
        <Field label={t('frontMatter.language')}>
          <RadioGroup
            layout="horizontal"
            value={content.language}
            onChange={(_, data) => onChange({ ...content, language: data.value as ModuleLanguage })}
          >
            <Radio value="sv" label={t('languages.sv')} />
            <Radio value="en" label={t('languages.en')} />
          </RadioGroup>
        </Field>
        <Field
          label={t('frontMatter.estimatedMinutes')}
          required
          validationMessage={problem('module.estimatedMinutes')}
        >
          <Input
            type="number"
            min={1}
            max={600}
            value={Number.isNaN(content.estimatedMinutes) ? '' : String(content.estimatedMinutes)}
            onChange={(_, data) =>
              onChange({ ...content, estimatedMinutes: data.value.trim() === '' ? Number.NaN : Number(data.value) })
            }
          />
        </Field>
      </div>
    </div>
  );
}
