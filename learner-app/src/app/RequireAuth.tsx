import { useEffect, type ReactNode } from 'react';
import { useSession } from '../api/ApiProvider';
import { LoadingState } from '../components/StatusViews';
import { useLocation, useNavigate } from 'react-router';

/** Renders its children for a signed-in user; sends everyone else to log in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    if (status === 'signed-out') {
      navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    }
  }, [status, pathname, search, navigate]);

  if (status === 'signed-in') return <>{children}</>;
  return <LoadingState label="Checking your session…" />;
}
