import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { COMPLETION_REQUIREMENTS, CompletionRequirement, PART_ORDERS, PartOrder } from '@larnav/shared/catalog';
import { useTranslation } from 'react-i18next';
import type { DraftContent } from '../draft/draft-content';
import { useAuthoringStyles } from '../shared/authoring.styles';

interface CompletionPartsFieldsProps {
  content: DraftContent;
  onChange: (content: DraftContent) => void;
}

/** How the version is completed: by its lessons, a live session, either, or both (a blended module). */
export function CompletionPartsFields({ content, onChange }: CompletionPartsFieldsProps) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const both = content.completionRequirement === CompletionRequirement.Both;
  return (
    <div className={styles.form}>
      <Field label={t('completion.requirement')} hint={t('completion.requirementHint')}>
        <RadioGroup
          value={content.completionRequirement}
          onChange={(_, data) => {
            const completionRequirement = data.value as CompletionRequirement;
            // An order belongs to both parts only; the API keeps it to that as well.
            const partOrder = completionRequirement === CompletionRequirement.Both ? content.partOrder : PartOrder.Any;
            onChange({ ...content, completionRequirement, partOrder });
          }}
        >
          {COMPLETION_REQUIREMENTS.map((requirement) => (
            <Radio key={requirement} value={requirement} label={t(`completion.requirements.${requirement}`)} />
          ))}
        </RadioGroup>
      </Field>
      {both && (
        <Field label={t('completion.order')}>
          <RadioGroup
            value={content.partOrder}
            onChange={(_, data) => onChange({ ...content, partOrder: data.value as PartOrder })}
          >
            {PART_ORDERS.map((order) => (
              <Radio key={order} value={order} label={t(`completion.orders.${order}`)} />
            ))}
          </RadioGroup>
        </Field>
      )}
    </div>
  );
}
