import { isEmail } from '@fixpoint/contracts/email';
import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { describeError } from '../../api/errors';
import { send } from '../../api/client';
import type { AccountMailSent } from '../../api/types';
import { SIGN_UP } from '../../api/operations.graphql';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AuthLayout } from './AuthLayout';
import { CheckYourEmail } from './CheckYourEmail';
import { TextField } from './TextField';
import { useAuthRedirect } from './useAuthRedirect';

export const MIN_PASSWORD_LENGTH = 10;

export function validateSignUp(input: { displayName: string; email: string; password: string }) {
  if (!input.displayName.trim()) return 'Enter the name other people will see.';
  if (!isEmail(input.email)) return 'Enter a valid email address.';
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    return `Use a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return null;
}

export function SignUpPage() {
  useDocumentTitle('Sign up');
  const client = useApi();
  const search = useAuthRedirect('/signup');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<AccountMailSent | null>(null);

  async function signUp() {
    const invalid = validateSignUp({ displayName, email, password });
    if (invalid) {
      setError(invalid);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // The same answer whether or not the address has an account: the mail says which.
      const data = await send(client, SIGN_UP, {
        input: { displayName: displayName.trim(), email: email.trim(), password },
      });
      setSent(data.signUp);
    } catch (failure) {
      setError(describeError(failure));
    }
    setBusy(false);
  }

  if (sent) {
    return (
      <CheckYourEmail
        title="Check your e-mail"
        email={sent.email}
        message={`We sent a message to ${sent.email}. Open its link to confirm your address and sign in.`}
      />
    );
  }

  return (
    <AuthLayout
      title="Create your account"
      intro="Fix real bugs, run real tests, and watch your debugging skills grow."
      error={error}
      busy={busy}
      submitLabel="Sign up"
      onSubmit={() => void signUp()}
      footer={
        <>
          Already have an account? <Link to={`/login${search}`}>Log in</Link>
        </>
      }
    >
      <TextField
        label="Display name"
        value={displayName}
        onChange={setDisplayName}
        autoComplete="nickname"
        autoFocus
      />
      <TextField
        label="Email"
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="email"
      />
      <TextField
        label="Password"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
    </AuthLayout>
  );
}
