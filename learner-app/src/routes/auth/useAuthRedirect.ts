import { useEffect } from 'react';
import { useSession } from '../../api/ApiProvider';
import { useLocation, useNavigate } from 'react-router';
import { safeNextPath } from './safe-next';

/** Once signed in (just now, or already), leave the auth page for where the user was going. */
export function useAuthRedirect(ownPath: '/login' | '/signup') {
  const { status } = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  // Only while this page is the current one: after the redirect the location no longer has the
  // `next` parameter, and redirecting again from it would land on the home page.
  const onThisPage = pathname === ownPath;
  useEffect(() => {
    if (status === 'signed-in' && onThisPage) navigate(safeNextPath(search), { replace: true });
  }, [status, search, onThisPage, navigate]);
  return search;
}
