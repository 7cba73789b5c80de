import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { OrgUnitNode } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    // Swedish compounds ("Kommunstyrelseförvaltningen") must still fit a phone.
    overflowWrap: 'anywhere',
  },
  code: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
  },
  counts: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    whiteSpace: 'nowrap',
    // On a phone the two counts stack instead of squeezing the unit's name.
    '@media (max-width: 600px)': {
      flexDirection: 'column',
      alignItems: 'flex-end',
      gap: 0,
    },
  },
  direct: { color: tokens.colorNeutralForeground3 },
});

/** What a tree row says about a unit: name, code, archived mark. */
export function OrgUnitName({ unit }: { unit: OrgUnitNode }) {
  const { t } = useTranslation('org');
  const styles = useStyles();
  return (
    <span className={styles.main}>
      <Text weight={unit.depth < 2 ? 'semibold' : 'regular'}>{unit.name}</Text>
      <Caption1 className={styles.code}>{unit.code}</Caption1>
      {unit.archived && (
        <Badge appearance="tint" color="subtle" size="small">
          {t('tree.archived')}
        </Badge>
      )}
    </span>
  );
}

/** Head counts on the right of a row: the subtree's distinct people, then the unit's own. */
export function OrgUnitHeadCounts({ unit }: { unit: OrgUnitNode }) {
  const { t } = useTranslation('org');
  const styles = useStyles();
  return (
    <span className={styles.counts} data-testid="head-counts">
      <Text weight="semibold" wrap={false}>
        {t('tree.headCount', { count: unit.headCount })}
      </Text>
      <Caption1 className={styles.direct} wrap={false}>
        {t('tree.directHeadCount', { count: unit.directHeadCount })}
      </Caption1>
    </span>
  );
}
