import { useMutation } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';

/** Mails one reminder to a team member who is behind with a module (at most one a day). */
export function useSendTeamReminder() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (body: { personId: string; moduleId: string }) =>
      dataOrThrow(await client.POST('/api/my-team/reminders', { body })),
  });
}
