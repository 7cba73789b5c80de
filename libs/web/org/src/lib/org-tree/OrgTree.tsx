import {
  FlatTree,
  FlatTreeItem,
  type HeadlessFlatTreeItemProps,
  makeStyles,
  mergeClasses,
  tokens,
  TreeItemLayout,
  type TreeOpenChangeData,
  useHeadlessFlatTree_unstable,
} from '@fluentui/react-components';
import type { OrgUnitNode } from '@larnav/web/api-client';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgUnitHeadCounts, OrgUnitName } from './OrgUnitLabel';
import { branchIds } from './visible-units';

const useStyles = makeStyles({
  row: { minHeight: '40px' },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
});

export interface OrgTreeProps {
  units: readonly OrgUnitNode[];
  selectedUnitId: string | null;
  onSelectUnit: (unitId: string) => void;
}

/**
 * The organisation as a Fluent tree: arrow keys move and fold, Enter, Space or a click selects.
 * Everything starts unfolded; we remember what the reader folded rather than what is open, so
 * units that appear on another date show up unfolded too.
 */
export function OrgTree({ units, selectedUnitId, onSelectUnit }: OrgTreeProps) {
  const { t } = useTranslation('org');
  const styles = useStyles();
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());

  const items = useMemo(() => {
    const ids = new Set(units.map((unit) => unit.id));
    // A reader scoped to part of the municipality gets a subtree: its top is a root here.
    return units.map(
      (unit): HeadlessFlatTreeItemProps => ({
        value: unit.id,
        parentValue: unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : undefined,
      }),
    );
  }, [units]);
  const unitsById = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);
  const openItems = useMemo(() => [...branchIds(units)].filter((id) => !folded.has(id)), [units, folded]);

  const onOpenChange = (_event: unknown, data: TreeOpenChangeData) => {
    // Selecting a förvaltning (click, Enter) must not fold it away: only the chevron and arrows do.
    if (data.type === 'Click' || data.type === 'Enter') return;
    const id = String(data.value);
    setFolded((previous) => {
      const next = new Set(previous);
      if (data.open) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  const flatTree = useHeadlessFlatTree_unstable(items, {
    openItems,
    onOpenChange,
  });

  const selectOnSpace = (unitId: string) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== ' ' || event.target !== event.currentTarget) return;
    event.preventDefault(); // also keeps the page from scrolling
    onSelectUnit(unitId);
  };

  return (
    <FlatTree {...flatTree.getTreeProps()} aria-label={t('tree.label')}>
      {Array.from(flatTree.items(), (item) => {
        const unit = unitsById.get(String(item.value));
        if (!unit) return null;
        const selected = unit.id === selectedUnitId;
        return (
          <FlatTreeItem
            key={unit.id}
            {...item.getTreeItemProps()}
            aria-selected={selected}
            onClick={() => onSelectUnit(unit.id)}
            onKeyDown={selectOnSpace(unit.id)}
          >
            <TreeItemLayout
              className={mergeClasses(styles.row, selected && styles.selected)}
              aside={<OrgUnitHeadCounts unit={unit} />}
            >
              <OrgUnitName unit={unit} />
            </TreeItemLayout>
          </FlatTreeItem>
        );
      })}
    </FlatTree>
  );
}
