import { isEmail } from '@fixpoint/contracts/email';
import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { describeError } from '../../api/errors';
import { send } from '../../api/client';
import type { AccountMailSent } from '../../api/types';
import { REQUEST_PASSWORD_RESET } from '../../api/operations.graphql';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AuthLayout } from './AuthLayout';
import { CheckYourEmail } from './CheckYourEmail';
import { TextField } from './TextField';

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password');
  const client = useApi();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<AccountMailSent | null>(null);

  async function requestReset() {
    if (!isEmail(email)) {
      setError('Enter a valid email address.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const data = await send(client, REQUEST_PASSWORD_RESET, { email: email.trim() });
      setSent(data.requestPasswordReset);
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
        message={`If ${sent.email} has a Fixpoint account, a link to choose a new password is on its way. It works once, for one hour.`}
      />
    );
  }
  return (
    <AuthLayout
      title="Forgot your password?"
      intro="Enter your address and we will mail you a link to choose a new one."
      error={error}
      busy={busy}
      submitLabel="Send me a link"
      onSubmit={() => void requestReset()}
      footer={
        <>
          Remembered it? <Link to="/login">Log in</Link>
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
    </AuthLayout>
  );
}
