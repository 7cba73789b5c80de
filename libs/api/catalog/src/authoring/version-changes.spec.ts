import type { Lesson } from '@larnav/shared/catalog';
import { versionChanges } from './version-changes';

const lesson = (id: string, title: string, extra = ''): Lesson => ({
  id: `00000000-0000-4000-8000-00000000000${id}`,
  title,
  blocks: extra
    ? [
        {
          id: '00000000-0000-4000-8000-0000000000aa',
          type: 'file',
          mediaId: '00000000-0000-4000-8000-0000000000bb',
          label: extra,
        },
      ]
    : [],
});

describe('versionChanges', () => {
  it('names the lessons added, removed, changed, and whether the order moved', () => {
    const before = { title: 'A', lessons: [lesson('1', 'Intro'), lesson('2', 'Tillsyn'), lesson('3', 'Quiz')] };
    const after = { title: 'B', lessons: [lesson('3', 'Quiz'), lesson('1', 'Intro', 'bilaga'), lesson('4', 'Fall')] };
    expect(versionChanges(before, after)).toEqual({
      titleChanged: true,
      lessonsAdded: ['Fall'],
      lessonsRemoved: ['Tillsyn'],
      lessonsChanged: ['Intro'],
      lessonsMoved: true,
    });
  });

  it('finds nothing changed between equal versions, and everything added in a first one', () => {
    const same = { title: 'A', lessons: [lesson('1', 'Intro')] };
    expect(versionChanges(same, same)).toEqual({
      titleChanged: false,
      lessonsAdded: [],
      lessonsRemoved: [],
      lessonsChanged: [],
      lessonsMoved: false,
    });
    expect(versionChanges(null, same).lessonsAdded).toEqual(['Intro']);
  });
});
