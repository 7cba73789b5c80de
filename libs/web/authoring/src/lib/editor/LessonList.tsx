import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  EditRegular,
  ReOrderDotsVerticalRegular,
} from '@fluentui/react-icons';
import type { Lesson } from '@larnav/shared/catalog';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selected: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  dragging: { boxShadow: tokens.shadow16, position: 'relative', zIndex: 1 },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  handle: { cursor: 'grab', touchAction: 'none' },
});

export interface LessonListProps {
  lessons: Lesson[];
  selectedId: string | null;
  onSelect: (lessonId: string) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (lessonId: string) => void;
}

/**
 * The lessons in order. Drag by the handle with a mouse or touch, or by keyboard (Space to pick
 * up, arrows to move, Space to drop, Escape to cancel), with what happens said to screen readers;
 * and "Flytta upp/ned" for anyone who prefers a plain button.
 */
export function LessonList({ lessons, selectedId, onSelect, onMove, onRemove }: LessonListProps) {
  const { t } = useTranslation('authoring');
  const styles = useStyles();
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: unknown) => lessons.find((lesson) => lesson.id === id)?.title ?? '';
  const positionOf = (id: unknown) => lessons.findIndex((lesson) => lesson.id === id) + 1;
  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) =>
        t('lessons.dnd.picked', { title: titleOf(active.id), position: positionOf(active.id), count: lessons.length }),
      onDragOver: ({ active, over }) =>
        over
          ? t('lessons.dnd.over', { title: titleOf(active.id), position: positionOf(over.id), count: lessons.length })
          : t('lessons.dnd.outside', { title: titleOf(active.id) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('lessons.dnd.dropped', {
              title: titleOf(active.id),
              position: positionOf(over.id),
              count: lessons.length,
            })
          : t('lessons.dnd.cancelled', { title: titleOf(active.id) }),
      onDragCancel: ({ active }) => t('lessons.dnd.cancelled', { title: titleOf(active.id) }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lessons, t],
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(positionOf(active.id) - 1, positionOf(over.id) - 1);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('lessons.dnd.instructions') } }}
    >
      <SortableContext items={lessons.map((lesson) => lesson.id)} strategy={verticalListSortingStrategy}>
        <ol className={styles.list} aria-label={t('lessons.listLabel')}>
          {lessons.map((lesson, index) => (
            <SortableLesson
              key={lesson.id}
              lesson={lesson}
              index={index}
              count={lessons.length}
              selected={lesson.id === selectedId}
              onSelect={() => onSelect(lesson.id)}
              onMove={(to) => onMove(index, to)}
              onRemove={() => onRemove(lesson.id)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface SortableLessonProps {
  lesson: Lesson;
  index: number;
  count: number;
  selected: boolean;
  onSelect: () => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

function SortableLesson({ lesson, index, count, selected, onSelect, onMove, onRemove }: SortableLessonProps) {
  const { t } = useTranslation('authoring');
  const styles = useStyles();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: lesson.id,
  });
  const title = lesson.title || t('lessons.untitled');
  // The row moves in the DOM, which can drop focus: hand it back to the button that was pressed.
  const move = (to: number, direction: 'up' | 'down') => {
    onMove(to);
    setTimeout(() => document.querySelector<HTMLElement>(`[data-move="${lesson.id}:${direction}"]`)?.focus(), 0);
  };
  return (
    <li
      ref={setNodeRef}
      data-lesson-index={index}
      className={mergeClasses(styles.item, selected && styles.selected, isDragging && styles.dragging)}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <Button
        ref={setActivatorNodeRef}
        appearance="subtle"
        size="small"
        className={styles.handle}
        icon={<ReOrderDotsVerticalRegular />}
        {...attributes}
        {...listeners}
        aria-roledescription={t('lessons.dnd.roleDescription')}
        aria-label={t('lessons.dnd.handle', { title, position: index + 1, count })}
      />
      <Text className={styles.title} weight={selected ? 'semibold' : 'regular'}>
        {index + 1}. {title}
      </Text>
      <Button
        size="small"
        appearance={selected ? 'primary' : 'secondary'}
        icon={<EditRegular />}
        aria-pressed={selected}
        aria-label={t('lessons.editFor', { title })}
        onClick={onSelect}
      >
        {t('lessons.edit')}
      </Button>
      <Button
        size="small"
        icon={<ArrowUpRegular />}
        disabledFocusable={index === 0}
        data-move={`${lesson.id}:up`}
        aria-label={t('lessons.moveUpFor', { title })}
        onClick={() => move(index - 1, 'up')}
      >
        {t('lessons.moveUp')}
      </Button>
      <Button
        size="small"
        icon={<ArrowDownRegular />}
        disabledFocusable={index === count - 1}
        data-move={`${lesson.id}:down`}
        aria-label={t('lessons.moveDownFor', { title })}
        onClick={() => move(index + 1, 'down')}
      >
        {t('lessons.moveDown')}
      </Button>
      <Button size="small" icon={<DeleteRegular />} aria-label={t('lessons.removeFor', { title })} onClick={onRemove}>
        {t('lessons.remove')}
      </Button>
    </li>
  );
}
