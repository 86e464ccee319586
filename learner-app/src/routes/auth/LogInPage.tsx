import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { ApiError, describeError } from '../../api/errors';
import { send } from '../../api/client';
import { LOG_IN } from '../../api/operations.graphql';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AuthLayout } from './AuthLayout';
import { TextField } from './TextField';
import { useAuthRedirect } from './useAuthRedirect';

export function LogInPage() {
  useDocumentTitle('Log in');
  const client = useApi();
  const search = useAuthRedirect('/login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function logIn() {
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const data = await send(client, LOG_IN, {
        input: { email: email.trim(), password },
      });
      client.signIn(data.logIn);
    } catch (failure) {
      const unverified = failure instanceof ApiError && failure.reason === 'EMAIL_NOT_VERIFIED';
      const wrongCredentials =
        failure instanceof ApiError &&
        (failure.code === 'UNAUTHENTICATED' || failure.code === 'BAD_USER_INPUT');
      setError(
        unverified
          ? 'Confirm your e-mail address first: open the link we sent you. Lost it? Reset your password: that confirms the address too.'
          : wrongCredentials
            ? 'That email and password do not match.'
            : describeError(failure),
      );
      setBusy(false);
    }
  }

  return (
    <AuthLayout
      title="Log in"
      intro="Pick up where you left off."
      error={error}
      busy={busy}
      submitLabel="Log in"
      onSubmit={() => void logIn()}
      footer={
        <>
          <Link to="/forgot-password">Forgot your password?</Link>
          <br />
          New to Fixpoint? <Link to={`/signup${search}`}>Create an account</Link>
        </>
      }
    >
      <TextField
        label="Email"
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="email"
        autoFocus
      />
      <TextField
        label="Password"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
      />
    </AuthLayout>
  );
}
