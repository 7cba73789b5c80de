import type { MyModule, MyTraining } from '@larnav/web/api-client';
import { screen, within } from '@testing-library/react';
import { renderLearner } from '../../testing/render-learner';
import { MyTrainingPage } from './MyTrainingPage';

let n = 0;
function mod(title: string, overrides: Partial<MyModule> = {}): MyModule {
  n += 1;
  return {
    moduleId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title,
    titleEn: null,
    summary: `Om ${title.toLowerCase()}.`,
    summaryEn: null,
    estimatedMinutes: 20,
    status: 'not-started',
    required: false,
    dueDate: null,
    reason: null,
    attemptId: null,
    completedAt: null,
    expiresAt: null,
    certificateId: null,
    municipality: 'Stenungsunds kommun',
    tags: [],
    parts: null,
    ...overrides,
  };
}

const training: MyTraining = {
  today: '2025-06-10',
  required: [
    mod('Dataskydd', { status: 'overdue', required: true, dueDate: '2025-06-01', reason: 'Tilldelad av Karin Sjöberg' }),
    mod('Brandskydd', { status: 'expiring-soon', required: true, completedAt: '2024-06-20T08:00:00Z', expiresAt: '2025-06-20T08:00:00Z', certificateId: 'cert-1' }),
    mod('Bygglov', { status: 'in-progress', required: true, dueDate: '2025-07-01', attemptId: 'a1', reason: 'Tilldelad' }),
    mod('Bemötande', { status: 'not-started', required: true, dueDate: '2025-08-01' }),
  ],
  inProgress: [],
  completed: [mod('Arkivering', { status: 'completed', completedAt: '2025-05-01T08:00:00Z', certificateId: 'cert-2' })],
  catalogue: [
    mod('Företagarperspektiv', { municipality: 'Tjörns kommun', tags: ['bygglov'] }),
    mod('Klarspråk', { tags: ['språk'] }),
  ],
};

describe('My training', () => {
  it('lists required modules most urgent first, with their status, due date and reason in words', async () => {
    renderLearner(<MyTrainingPage />, { '/api/learning/my-training': { body: training } });
    const required = await screen.findByRole('list', { name: 'Utbildningar du ska gå' });
    const cards = within(required).getAllByTestId('module-card');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Dataskydd',
      'Brandskydd',
      'Bygglov',
      'Bemötande',
    ]);
    expect(within(cards[0]).getByText('Försenad')).toBeInTheDocument();
    expect(within(cards[0]).getByText('Tilldelad av Karin Sjöberg')).toBeInTheDocument();
    expect(within(cards[0]).getByText(/Ska vara klar senast/)).toBeInTheDocument();
    expect(within(cards[1]).getByText('Går snart ut')).toBeInTheDocument();
    expect(within(cards[2]).getByText('Påbörjad')).toBeInTheDocument();
    expect(within(cards[2]).getByRole('link', { name: 'Fortsätt: Bygglov' })).toHaveAttribute(
      'href',
      `/my-training/${training.required[2].moduleId}`,
    );
    expect(within(cards[3]).getByText('Inte påbörjad')).toBeInTheDocument();
    expect(within(cards[3]).getByRole('link', { name: 'Börja: Bemötande' })).toBeInTheDocument();
  });

  it('offers completed modules with their certificates, and the catalogue with where each comes from', async () => {
    renderLearner(<MyTrainingPage />, { '/api/learning/my-training': { body: training } });
    const completed = await screen.findByRole('list', { name: 'Klara utbildningar' });
    expect(within(completed).getByText('Klar')).toBeInTheDocument();
    expect(within(completed).getByRole('link', { name: 'Ladda ner intyget för Arkivering (PDF)' })).toHaveAttribute(
      'href',
      '/api/learning/certificates/cert-2/pdf?lang=sv',
    );
    const catalogue = screen.getByRole('list', { name: 'Alla utbildningar du kan gå' });
    expect(within(catalogue).getByText('Från Tjörns kommun')).toBeInTheDocument();
    expect(screen.getByText('2 utbildningar')).toBeInTheDocument();
  });

  it('speaks English, the reason too', async () => {
    renderLearner(<MyTrainingPage />, { '/api/learning/my-training': { body: training } }, { language: 'en' });
    const required = await screen.findByRole('list', { name: 'Training you need to take' });
    expect(within(required).getByText('Overdue')).toBeInTheDocument();
    expect(within(required).getByText('Assigned by Karin Sjöberg')).toBeInTheDocument();
    expect(within(required).getByText('Expiring soon')).toBeInTheDocument();
  });
});
