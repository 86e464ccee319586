import { useEffect, useState } from 'react';
import { useRequester } from '../../api/ApiProvider';
import { send } from '../../api/client';
import { DEV_INBOX } from '../../api/operations.graphql';
import { Link } from 'react-router';
import './auth.css';

/**
 * What sign-up and "forgot password" show: the same whatever the address. In development the
 * API keeps this mail in its development inbox; a link to it appears only when the API says
 * that inbox exists (it refuses outside NODE_ENV=development).
 */
export function CheckYourEmail({
  title,
  message,
  email,
}: {
  title: string;
  message: string;
  email: string;
}) {
  const requester = useRequester();
  const [devInbox, setDevInbox] = useState(false);
  useEffect(() => {
    let live = true;
    send(requester, DEV_INBOX, { email })
      .then(() => live && setDevInbox(true))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [requester, email]);

  return (
    <div className="auth">
      <div className="auth__card" role="status">
        <p className="auth__icon" aria-hidden="true">
          ✉
        </p>
        <h1 className="auth__title">{title}</h1>
        <p className="auth__intro">{message}</p>
        <p className="auth__footer">
          Nothing after a few minutes? Look in your spam folder, or{' '}
          <Link to="/signup">try again</Link>.
        </p>
        {devInbox && (
          <p className="auth__dev">
            Running Fixpoint locally?{' '}
            <Link to={`/dev/inbox?email=${encodeURIComponent(email)}`}>
              Open the development inbox
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
