import type { MyModule } from '@larnav/web/api-client';
import { screen, within } from '@testing-library/react';
import { renderLearner } from '../../testing/render-learner';
import { PartsRemainingPanel } from '../player/PartsRemainingPanel';
import { ModuleCard } from './ModuleCard';
import type { ModulePartsProgress } from './ModuleParts';

const MODULE_ID = '00000000-0000-4000-8000-000000000042';

function blended(parts: Partial<ModulePartsProgress> = {}): MyModule {
  return {
    moduleId: MODULE_ID,
    title: 'Företagarperspektiv',
    titleEn: 'The business perspective',
    summary: 'Om företagarperspektiv.',
    summaryEn: null,
    estimatedMinutes: 40,
    status: 'in-progress',
    required: true,
    dueDate: null,
    reason: null,
    attemptId: 'a1',
    completedAt: null,
    expiresAt: null,
    certificateId: null,
    municipality: 'Stenungsunds kommun',
    tags: [],
    parts: {
      completionRequirement: 'both',
      partOrder: 'any',
      eLearningDoneAt: '2027-03-01T10:00:00Z',
      sessionAttendedAt: null,
      sessionOutOfOrder: false,
      remaining: ['live-session'],
      nextSession: {
        sessionId: 's1',
        startsAt: '2027-03-04T08:00:00Z',
        startsLocal: '2027-03-04T09:00',
        endsLocal: '2027-03-04T12:00',
        place: 'Kommunfullmäktiges sessionssal',
        online: false,
        freePlaces: 3,
        myBooking: null,
      },
      ...parts,
    },
  };
}

const card = () => screen.getByTestId('module-card');

describe('a blended module on My training', () => {
  it('says which parts remain and the next session in Swedish time, with a link to book it', () => {
    renderLearner(<ModuleCard module={blended()} />);
    const parts = within(card()).getByTestId('module-parts');
    expect(parts).toHaveTextContent('E-learning klar · Utbildningspass återstår');
    expect(parts).toHaveTextContent(
      'Nästa pass: 4 mars 2027 kl. 09:00–12:00 (svensk tid), Kommunfullmäktiges sessionssal. 3 platser kvar.',
    );
    expect(within(parts).getByRole('link', { name: 'Boka utbildningspass för Företagarperspektiv' })).toHaveAttribute(
      'href',
      `/my-training/${MODULE_ID}/sessions`,
    );
  });

  it('says the learner is booked, and in English, a session over two days online', () => {
    renderLearner(
      <ModuleCard
        module={blended({
          nextSession: {
            ...blended().parts!.nextSession!,
            endsLocal: '2027-03-05T16:00',
            place: null,
            online: true,
            myBooking: 'booked',
          },
        })}
      />,
      {},
      { language: 'en' },
    );
    const parts = within(card()).getByTestId('module-parts');
    expect(parts).toHaveTextContent(
      'You are booked on the session 4 March 2027 09:00 – 5 March 2027 16:00 (Swedish time), online.',
    );
    expect(
      within(parts).getByRole('link', { name: 'See the live sessions for The business perspective' }),
    ).toBeVisible();
  });

  it('tells the order: a session before the e-learning does not count, and none to book is said', () => {
    renderLearner(
      <ModuleCard
        module={blended({
          partOrder: 'e-learning-first',
          eLearningDoneAt: null,
          sessionOutOfOrder: true,
          remaining: ['e-learning', 'live-session'],
          nextSession: null,
        })}
      />,
    );
    const parts = within(card()).getByTestId('module-parts');
    expect(parts).toHaveTextContent('E-learning återstår · Utbildningspass återstår');
    expect(parts).toHaveTextContent('Passet du gick räknas inte');
    expect(parts).toHaveTextContent('Gör e-learning först');
    expect(parts).toHaveTextContent('Det finns inget pass att boka just nu.');
  });

  it('shows nothing of parts for a module that needs no session, or once complete', () => {
    renderLearner(<ModuleCard module={{ ...blended(), parts: null }} />);
    expect(screen.queryByTestId('module-parts')).not.toBeInTheDocument();
  });

  it('ends the player with what remains when the e-learning is done but the session is not', () => {
    renderLearner(<PartsRemainingPanel moduleId={MODULE_ID} title="Företagarperspektiv" parts={blended().parts!} />);
    expect(screen.getByRole('heading', { name: 'Du är klar med e-learning' })).toBeInTheDocument();
    expect(screen.getByText('Utbildningen är klar när du också har gått ett utbildningspass.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Boka utbildningspass för Företagarperspektiv' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till Min utbildning' })).toHaveAttribute('href', '/my-training');
  });
});
