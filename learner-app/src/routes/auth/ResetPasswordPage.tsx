import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { describeError } from '../../api/errors';
import { send } from '../../api/client';
import { RESET_PASSWORD } from '../../api/operations.graphql';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AuthLayout } from './AuthLayout';
import { MIN_PASSWORD_LENGTH } from './SignUpPage';
import { TextField } from './TextField';

/** Where a reset link lands: a new password, every other sign-in ended, this one signed in. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const client = useApi();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function reset() {
    if (password.length < MIN_PASSWORD_LENGTH) {
      setError(`Use a password of at least ${MIN_PASSWORD_LENGTH} characters.`);
      return;
    }
    if (password !== repeat) {
      setError('The two passwords differ.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const data = await send(client, RESET_PASSWORD, {
        input: { token, password },
      });
      client.signIn(data.resetPassword);
      void navigate('/account?reset=1', { replace: true });
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  return (
    <AuthLayout
      title="Choose a new password"
      intro="Every device signed in to your account is signed out when you save it."
      error={error}
      busy={busy}
      submitLabel="Save the new password"
      onSubmit={() => void reset()}
      footer={
        <>
          Link expired? <Link to="/forgot-password">Ask for a new one</Link>
        </>
      }
    >
      <TextField
        label="New password"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        autoFocus
      />
      <TextField
        label="Repeat the new password"
        type="password"
        value={repeat}
        onChange={setRepeat}
        autoComplete="new-password"
      />
    </AuthLayout>
  );
}
