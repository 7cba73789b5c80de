import type { QuizResult, QuizView } from '@larnav/web/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FakeRoutes, renderLearner } from '../../testing/render-learner';
import { QuizBlockView } from './QuizBlockView';

const ATTEMPT = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const MODULE = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const QUIZ = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const Q1 = '11111111-0000-4000-8000-000000000001';
const Q2 = '11111111-0000-4000-8000-000000000002';
const opt = (n: number) => `22222222-0000-4000-8000-00000000000${n}`;

const summary = { id: QUIZ, type: 'quiz' as const, title: 'Kunskapskontroll', passMark: 80, attemptLimit: 3, questionCount: 2 };

function view(overrides: Partial<QuizView> = {}): QuizView {
  return {
    quizId: QUIZ,
    title: 'Kunskapskontroll',
    passMark: 80,
    attemptLimit: 3,
    triesUsed: 0,
    passed: false,
    lastResult: null,
    questions: [
      { id: Q1, kind: 'single', prompt: 'Vem beslutar om bygglov?', options: [{ id: opt(1), text: 'Nämnden' }, { id: opt(2), text: 'Grannen' }] },
      {
        id: Q2,
        kind: 'multiple',
        prompt: 'Vad gör ett beslut begripligt?',
        options: [{ id: opt(3), text: 'Motivering' }, { id: opt(4), text: 'Hur man överklagar' }],
      },
    ],
    ...overrides,
  };
}

const failed: QuizResult = {
  submissionId: 'x',
  tryNumber: 1,
  score: 50,
  passed: false,
  passMark: 80,
  triesLeft: 2,
  completed: false,
  questions: [
    { questionId: Q1, prompt: 'Vem beslutar om bygglov?', correct: false, feedback: [{ optionId: opt(2), text: 'Grannen', feedback: 'Grannen hörs, men beslutar inte.' }] },
    { questionId: Q2, prompt: 'Vad gör ett beslut begripligt?', correct: true, feedback: [] },
  ],
};

function routes(submitted: unknown[], answer: { status?: number; body: unknown } = { body: failed }): FakeRoutes {
  return {
    '/api/learning/attempts/{attemptId}/quizzes/{quizId}': { body: view() },
    'POST /api/learning/attempts/{attemptId}/quizzes/{quizId}/submissions': (request) => {
      submitted.push(request.body);
      return { ...answer, body: { ...(answer.body as object), submissionId: (request.body as { id: string }).id } };
    },
  };
}

const renderQuiz = (r: FakeRoutes) =>
  renderLearner(<QuizBlockView attemptId={ATTEMPT} moduleId={MODULE} summary={summary} onPassed={() => undefined} />, r);

describe('a knowledge check', () => {
  it('asks each question in a fieldset named by its legend: radio buttons for one answer, checkboxes for several', async () => {
    renderQuiz(routes([]));
    const first = await screen.findByRole('group', { name: 'Fråga 1: Vem beslutar om bygglov?' });
    expect(first.tagName).toBe('FIELDSET');
    expect(within(first).getByRole('radiogroup', { name: 'Fråga 1: Vem beslutar om bygglov?' })).toBeInTheDocument();
    expect(within(first).getAllByRole('radio')).toHaveLength(2);
    const second = screen.getByRole('group', { name: 'Fråga 2: Vad gör ett beslut begripligt?' });
    expect(within(second).getAllByRole('checkbox')).toHaveLength(2);
    expect(second).toHaveAccessibleDescription('Välj ett eller flera svar.');
  });

  it('will not send until every question has an answer, and says which are missing', async () => {
    const submitted: unknown[] = [];
    renderQuiz(routes(submitted));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Nämnden' }));
    await user.click(screen.getByRole('button', { name: 'Skicka svaren' }));
    expect(screen.getByText(/Det saknas svar på fråga 2/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Motivering' })).toHaveFocus();
    expect(submitted).toEqual([]);
  });

  it('sends the answers with a browser-made id, moves focus to the result heading and announces it', async () => {
    const submitted: { id: string; answers: unknown }[] = [];
    renderQuiz(routes(submitted));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Grannen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Motivering' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hur man överklagar' }));
    await user.click(screen.getByRole('button', { name: 'Skicka svaren' }));

    const heading = await screen.findByRole('heading', { name: 'Inte godkänt – 50 % rätt' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(submitted).toHaveLength(1);
    expect(submitted[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(submitted[0].answers).toEqual([
      { questionId: Q1, optionIds: [opt(2)] },
      { questionId: Q2, optionIds: [opt(3), opt(4)] },
    ]);
    const live = screen.getAllByRole('status').find((el) => el.textContent?.includes('Inte godkänt'));
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText(/Du valde: Grannen\. Grannen hörs, men beslutar inte\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Försök igen (2 försök kvar)' })).toBeInTheDocument();
  });

  it('keeps the answers while the API is unreachable, says it waits, and shows the result once sent', async () => {
    let reachable = false;
    const submitted: unknown[] = [];
    const r = routes(submitted);
    const post = r['POST /api/learning/attempts/{attemptId}/quizzes/{quizId}/submissions'] as (req: never) => unknown;
    r['POST /api/learning/attempts/{attemptId}/quizzes/{quizId}/submissions'] = (request) => {
      if (!reachable) throw new TypeError('Failed to fetch');
      return post(request as never) as { body: unknown };
    };
    renderQuiz(r);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Nämnden' }));
    await user.click(screen.getByRole('checkbox', { name: 'Motivering' }));
    await user.click(screen.getByRole('button', { name: 'Skicka svaren' }));
    expect(await screen.findByText('Dina svar är sparade och skickas så snart anslutningen fungerar.')).toBeInTheDocument();

    reachable = true;
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByRole('heading', { name: 'Inte godkänt – 50 % rätt' })).toBeInTheDocument();
    expect(submitted).toHaveLength(1);
  });

  it('says so when every try is used', async () => {
    renderQuiz({
      '/api/learning/attempts/{attemptId}/quizzes/{quizId}': { body: view({ triesUsed: 3 }) },
    });
    expect(await screen.findByText(/Du har använt alla försök/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skicka svaren' })).not.toBeInTheDocument();
  });
});
