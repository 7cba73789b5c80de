import {
  Button,
  Field,
  Input,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle2,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  DocumentRegular,
  ImageRegular,
  QuizNewRegular,
  TextDescriptionRegular,
  VideoRegular,
} from '@fluentui/react-icons';
import type { Lesson, LessonBlock } from '@larnav/shared/catalog';
import { type ReactElement, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FileBlockEditor } from '../blocks/FileBlockEditor';
import { ImageBlockEditor } from '../blocks/ImageBlockEditor';
import { TextBlockEditor } from '../blocks/TextBlockEditor';
import { VideoBlockEditor } from '../blocks/VideoBlockEditor';
import { type BlockType, moved, newBlock, replaced } from '../draft/draft-content';
import { QuizEditor } from '../quiz/QuizEditor';
import { useAuthoringStyles } from '../shared/authoring.styles';

const BLOCK_ICONS: Record<BlockType, ReactElement> = {
  text: <TextDescriptionRegular />,
  image: <ImageRegular />,
  video: <VideoRegular />,
  file: <DocumentRegular />,
  quiz: <QuizNewRegular />,
};
const BLOCK_TYPES: BlockType[] = ['text', 'image', 'video', 'file', 'quiz'];

interface LessonEditorProps {
  moduleId: string;
  lesson: Lesson;
  onChange: (lesson: Lesson) => void;
  problem: (place: string) => string | undefined;
}

/** One lesson: its title and its blocks in order, each with its own editor. */
export function LessonEditor({ moduleId, lesson, onChange, problem }: LessonEditorProps) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const listRef = useRef<HTMLOListElement>(null);
  const blocks = lesson.blocks;
  const setBlocks = (next: LessonBlock[]) => onChange({ ...lesson, blocks: next });

  const add = (type: BlockType) => {
    const block = newBlock(type, { quizTitle: t('quiz.defaultTitle') });
    setBlocks([...blocks, block]);
    // The new block's first field, so keyboard users land where they will type.
    setTimeout(() => {
      const card = listRef.current?.querySelector(`[data-block-id="${block.id}"]`);
      card?.querySelector<HTMLElement>('input, textarea, [contenteditable="true"]')?.focus();
    }, 0);
  };

  return (
    <div className={styles.form}>
      <Field label={t('lessons.title')} required validationMessage={problem(`${lesson.id}.title`)}>
        <Input
          value={lesson.title}
          maxLength={200}
          onChange={(_, data) => onChange({ ...lesson, title: data.value })}
        />
      </Field>
      <ol
        ref={listRef}
        className={styles.form}
        style={{ margin: 0, padding: 0, listStyle: 'none' }}
        aria-label={t('blocks.listLabel')}
      >
        {blocks.map((block, index) => {
          const kind = t(`blocks.types.${block.type}`);
          const name = t('blocks.name', { kind, number: index + 1 });
          return (
            <li key={block.id} data-block-id={block.id}>
              <section className={styles.card} aria-label={name}>
                <div className={styles.cardHeader}>
                  <Subtitle2 as="h3" className={styles.heading}>
                    {name}
                  </Subtitle2>
                  <div className={styles.row}>
                    <Button
                      size="small"
                      icon={<ArrowUpRegular />}
                      disabledFocusable={index === 0}
                      aria-label={t('blocks.moveUp', { name })}
                      onClick={() => setBlocks(moved(blocks, index, index - 1))}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownRegular />}
                      disabledFocusable={index === blocks.length - 1}
                      aria-label={t('blocks.moveDown', { name })}
                      onClick={() => setBlocks(moved(blocks, index, index + 1))}
                    />
                    <Button
                      size="small"
                      icon={<DeleteRegular />}
                      aria-label={t('blocks.remove', { name })}
                      onClick={() => setBlocks(blocks.filter((candidate) => candidate.id !== block.id))}
                    />
                  </div>
                </div>
                <BlockEditor
                  moduleId={moduleId}
                  block={block}
                  problem={problem}
                  onChange={(next) => setBlocks(replaced(blocks, next))}
                />
              </section>
            </li>
          );
        })}
      </ol>
      <div className={styles.row}>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<AddRegular />}>{t('blocks.add')}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {BLOCK_TYPES.map((type) => (
                <MenuItem key={type} icon={BLOCK_ICONS[type]} onClick={() => add(type)}>
                  {t(`blocks.types.${type}`)}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </div>
  );
}

function BlockEditor({
  moduleId,
  block,
  onChange,
  problem,
}: {
  moduleId: string;
  block: LessonBlock;
  onChange: (block: LessonBlock) => void;
  problem: (place: string) => string | undefined;
}) {
  const props = { moduleId, problem };
  switch (block.type) {
    case 'text':
      return <TextBlockEditor {...props} block={block} onChange={onChange} />;
    case 'image':
      return <ImageBlockEditor {...props} block={block} onChange={onChange} />;
    case 'video':
      return <VideoBlockEditor {...props} block={block} onChange={onChange} />;
    case 'file':
      return <FileBlockEditor {...props} block={block} onChange={onChange} />;
    case 'quiz':
      return <QuizEditor {...props} block={block} onChange={onChange} />;
  }
}
