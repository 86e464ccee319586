import { useEffect } from 'react';
import { useSession } from '../../api/ApiProvider';
import { navigate, useLocation } from '../../app/router';
import { safeNextPath } from './safe-next';

/** Once signed in (just now, or already), leave the auth page for where the user was going. */
export function useAuthRedirect() {
  const { status } = useSession();
  const { search } = useLocation();
  useEffect(() => {
    if (status === 'signed-in') navigate(safeNextPath(search), { replace: true });
  }, [status, search]);
  return search;
}
