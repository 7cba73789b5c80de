import { useMe } from '@larnav/web/api-client';
import { LoadingState } from '@larnav/web/ui';
import { Navigate } from 'react-router';
import { startPathFor } from '../navigation/navigation';

/** `/` leads to the first page the reader may use; the shell sends the signed-out to sign in. */
export function StartPage() {
  const me = useMe();
  if (!me.data) return <LoadingState />;
  return <Navigate to={startPathFor()} replace />;
}
