import { quizBlockSchema, type QuizBlock } from '@larnav/shared/catalog';
import { TestProviders } from '@larnav/web/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { authoringTranslations } from '../../i18n/translations';
import { newBlock } from '../draft/draft-content';
import { draftProblems } from '../draft/draft-problems';
import { QuizEditor } from './QuizEditor';

let latest: QuizBlock;

function Harness() {
  const [quiz, setQuiz] = useState(() => newBlock('quiz', { quizTitle: 'Kunskapstest' }) as QuizBlock);
  latest = quiz;
  const problems = draftProblems({
    title: 'M',
    summary: '',
    language: 'sv',
    estimatedMinutes: 5,
    completionRequirement: 'either',
    partOrder: 'any',
    coverMediaId: null,
    lessons: [{ id: crypto.randomUUID(), title: 'L', blocks: [quiz] }],
  });
  return (
    <QuizEditor
      moduleId="m"
      block={quiz}
      onChange={setQuiz}
      problem={(place) => (problems.get(place) ? `problem:${problems.get(place)?.key}` : undefined)}
    />
  );
}

function renderQuiz() {
  render(
    <TestProviders translations={{ authoring: authoringTranslations }}>
      <Harness />
    </TestProviders>,
  );
}

const question = (number: number) => screen.getByRole('group', { name: `Fråga ${number}` });

describe('QuizEditor', () => {
  it('builds a quiz the shared schema accepts: single, multiple and true/false questions', async () => {
    renderQuiz();
    expect(quizBlockSchema.safeParse(latest).success).toBe(false);
    const first = question(1);
    await userEvent.type(within(first).getByRole('textbox', { name: /^Fråga 1/ }), 'Vem beslutar?');
    await userEvent.type(within(first).getByRole('textbox', { name: /^Text för svar A/ }), 'Nämnden');
    await userEvent.type(within(first).getByRole('textbox', { name: /^Text för svar B/ }), 'Grannen');
    await userEvent.type(
      within(first).getByRole('textbox', { name: /^Återkoppling för svar B/ }),
      'Grannen hörs bara.',
    );
    await userEvent.click(within(first).getByRole('checkbox', { name: 'Rätt (svar A på fråga 1)' }));
    // One right answer: marking B takes the mark from A.
    await userEvent.click(within(first).getByRole('checkbox', { name: 'Rätt (svar B på fråga 1)' }));
    expect(latest.questions[0].options.map((o) => o.correct)).toEqual([false, true]);

    await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    const second = question(2);
    await userEvent.selectOptions(within(second).getByRole('combobox', { name: 'Typ av fråga' }), 'true-false');
    expect(within(second).getByRole('textbox', { name: /^Text för svar A/ })).toHaveValue('Sant');
    await userEvent.type(within(second).getByRole('textbox', { name: /^Fråga 2/ }), 'Bygglov gäller i fem år.');

    await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    const third = question(3);
    await userEvent.selectOptions(within(third).getByRole('combobox', { name: 'Typ av fråga' }), 'multiple');
    await userEvent.type(within(third).getByRole('textbox', { name: /^Fråga 3/ }), 'Vad krävs?');
    await userEvent.click(within(third).getByRole('button', { name: 'Lägg till svar på fråga 3' }));
    for (const [letter, text] of [
      ['A', 'Ritning'],
      ['B', 'Avgift'],
      ['C', 'Inget'],
    ]) {
      await userEvent.type(within(third).getByRole('textbox', { name: new RegExp(`^Text för svar ${letter}`) }), text);
    }
    await userEvent.click(within(third).getByRole('checkbox', { name: 'Rätt (svar A på fråga 3)' }));
    await userEvent.click(within(third).getByRole('checkbox', { name: 'Rätt (svar B på fråga 3)' }));
    expect(latest.questions[2].options.map((o) => o.correct)).toEqual([true, true, false]);

    const parsed = quizBlockSchema.safeParse(latest);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(latest.questions.map((q) => q.kind)).toEqual(['single', 'true-false', 'multiple']);
  });

  it('sets pass mark, attempts and drawing, and says when it would draw more questions than it has', async () => {
    renderQuiz();
    const passMark = screen.getByRole('spinbutton', { name: /^Godkänt vid/ });
    await userEvent.clear(passMark);
    await userEvent.type(passMark, '75');
    expect(latest.passMark).toBe(75);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Obegränsat antal försök' }));
    const attempts = screen.getByRole('spinbutton', { name: /^Antal försök/ });
    await userEvent.clear(attempts);
    await userEvent.type(attempts, '2');
    expect(latest.attemptLimit).toBe(2);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alla frågor vid varje försök' }));
    const draw = screen.getByRole('spinbutton', { name: /^Antal frågor per försök \(av 1\)/ });
    await userEvent.clear(draw);
    await userEvent.type(draw, '3');
    expect(latest.drawCount).toBe(3);
    expect(screen.getByText('problem:problems.drawTooMany')).toBeInTheDocument();
  });

  it('reorders and removes questions, and keeps at least one question and two options', async () => {
    renderQuiz();
    expect(screen.getByRole('button', { name: 'Ta bort fråga 1' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Ta bort svar A på fråga 1' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.type(screen.getByRole('textbox', { name: /^Fråga 1/ }), 'Först');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Fråga 2/ }), 'Sedan');
    await userEvent.click(screen.getByRole('button', { name: 'Flytta upp fråga 2' }));
    expect(latest.questions.map((q) => q.prompt)).toEqual(['Sedan', 'Först']);
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort fråga 1' }));
    expect(latest.questions.map((q) => q.prompt)).toEqual(['Först']);
  });
});
