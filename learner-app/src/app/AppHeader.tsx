import { useApi, useSession } from '../api/ApiProvider';
import { Link, useLocation, useNavigate } from 'react-router';

function NavLink({ to, label }: { to: string; label: string }) {
  const { pathname } = useLocation();
  const active = to === '/' ? pathname === '/' : pathname.startsWith(to);
  return (
    <Link to={to} className="app-nav__link" aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}

export function AppHeader() {
  const client = useApi();
  const { status, user } = useSession();
  const navigate = useNavigate();

  async function logOut() {
    await client.signOut();
    void navigate('/');
  }

  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        <span aria-hidden="true" className="app-header__logo">
          ƒ
        </span>
        <span className="app-header__name">Fixpoint</span>
      </Link>
      <nav aria-label="Main" className="app-nav">
        <NavLink to="/" label="Challenges" />
        <NavLink to="/competitions" label="Competitions" />
        {status === 'signed-in' && <NavLink to="/progress" label="Progress" />}
      </nav>
      <div className="app-header__account">
        {status === 'signed-in' && user ? (
          <>
            <Link to="/account" className="app-header__user" title={`${user.email}: your account`}>
              {user.displayName}
            </Link>
            <button type="button" className="button button--ghost" onClick={() => void logOut()}>
              Log out
            </button>
          </>
        ) : status === 'signed-out' ? (
          <>
            <Link to="/login" className="button button--ghost">
              Log in
            </Link>
            <Link to="/signup" className="button button--primary">
              Sign up
            </Link>
          </>
        ) : null}
      </div>
    </header>
  );
}
