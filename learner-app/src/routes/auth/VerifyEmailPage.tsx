import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { describeError } from '../../api/errors';
import { send } from '../../api/client';
import { VERIFY_EMAIL } from '../../api/operations.graphql';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { once } from './once';
import './auth.css';

/** Where a verification link lands: the address is confirmed and the learner signed in. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your e-mail');
  const client = useApi();
  const { search } = useLocation();
  const navigate = useNavigate();
  // The token of the link that opened this page (leaving it changes the location).
  const [token] = useState(() => new URLSearchParams(search).get('token') ?? '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    once(`verify:${token}`, () => send(client, VERIFY_EMAIL, { token })).then(
      (data) => {
        client.signIn(data.verifyEmail);
        void navigate('/?welcome=1', { replace: true });
      },
      (failure: unknown) => setError(describeError(failure)),
    );
  }, [client, token, navigate]);

  return (
    <div className="auth">
      <div className="auth__card" aria-live="polite">
        <h1 className="auth__title">
          {error ? 'This link does not work' : 'Confirming your address…'}
        </h1>
        {error && (
          <>
            <p className="alert" role="alert">
              {error}
            </p>
            <p className="auth__footer">
              <Link to="/login">Log in</Link> ·{' '}
              <Link to="/forgot-password">Reset your password</Link> (that confirms your address
              too)
            </p>
          </>
        )}
      </div>
    </div>
  );
}
