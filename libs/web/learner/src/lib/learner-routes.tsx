import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { ProgressProvider } from './progress/ProgressProvider';

function LearnerArea() {
  return (
    <ProgressProvider>
      <Outlet />
    </ProgressProvider>
  );
}

/** The learner's pages: My training and the player, for anyone signed in, sharing one outbox. */
export const learnerRoutes: RouteObject[] = [
  {
    path: 'my-training',
    Component: LearnerArea,
    children: [
      {
        index: true,
        lazy: async () => {
          const { MyTrainingPage } = await import('./my-training/MyTrainingPage');
          return { Component: MyTrainingPage };
        },
      },
      {
        path: ':moduleId',
        lazy: async () => {
          const { PlayerPage } = await import('./player/PlayerPage');
          return { Component: PlayerPage };
        },
      },
    ],
  },
];

/**
 * The public verification page; /intyg is the address printed on certificates. `handle` is
 * given by the app, which knows what "public" is to its sign-in redirect.
 */
export function certificateRoutes(handle: unknown): RouteObject[] {
  const page = async () => {
    const { CertificateCheckPage } = await import('./certificates/CertificateCheckPage');
    return { Component: CertificateCheckPage };
  };
  return [
    { path: 'intyg', lazy: page, handle },
    { path: 'intyg/:code', lazy: page, handle },
  ];
}

export const MY_TRAINING_PATH = '/my-training';
