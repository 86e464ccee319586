import { type FormEvent, type ReactNode, useState } from 'react';
import { useApi, useSession } from '../../api/ApiProvider';
import { describeError } from '../../api/errors';
import {
  CHANGE_PASSWORD,
  REQUEST_EMAIL_CHANGE,
  UPDATE_PROFILE,
} from '../../api/operations.graphql';
import { send } from '../../api/client';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { TextField } from '../auth/TextField';
import { MIN_PASSWORD_LENGTH } from '../auth/SignUpPage';
import './account.css';

/** One form of the account page: its own message, error and busy state. */
function Section(props: {
  title: string;
  submitLabel: string;
  onSubmit: () => Promise<string>;
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      setDone(await props.onSubmit());
    } catch (failure) {
      setError(describeError(failure));
    }
    setBusy(false);
  }
  const id = props.title.toLowerCase().replace(/\W+/g, '-');
  return (
    <section className="account__section" aria-labelledby={id}>
      <h2 id={id} className="account__heading">
        {props.title}
      </h2>
      <form className="account__form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        {props.children}
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p className="account__done" role="status">
            <span aria-hidden="true">✓ </span>
            {done}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Please wait…' : props.submitLabel}
        </button>
      </form>
    </section>
  );
}

/** Profile (display name, e-mail) and password. */
export default function AccountPage() {
  useDocumentTitle('Your account');
  const client = useApi();
  const { user } = useSession();
  const justReset = new URLSearchParams(useLocation().search).has('reset');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [newEmail, setNewEmail] = useState('');
  const [emailPassword, setEmailPassword] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');

  async function saveName() {
    await send(client, UPDATE_PROFILE, { displayName });
    // The header shows the name from the session: a refresh brings the new one.
    await client.restore();
    return 'Your display name is saved.';
  }

  async function changeEmail() {
    const data = await send(client, REQUEST_EMAIL_CHANGE, {
      input: { newEmail: newEmail.trim(), currentPassword: emailPassword },
    });
    setEmailPassword('');
    return `Check ${data.requestEmailChange.email}: your address changes once you open the link we sent there. We told ${user?.email ?? 'your current address'} too.`;
  }

  async function changePassword() {
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      throw new Error(`Use a new password of at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
    const data = await send(client, CHANGE_PASSWORD, {
      input: { currentPassword, newPassword },
    });
    client.signIn(data.changePassword);
    setCurrentPassword('');
    setNewPassword('');
    return 'Your password is changed. Every other device was signed out.';
  }

  return (
    <div className="account">
      <h1 className="account__title">Your account</h1>
      {justReset && (
        <p className="account__done" role="status">
          <span aria-hidden="true">✓ </span>Your new password is saved, and every other device was
          signed out.
        </p>
      )}
      <Section title="Profile" submitLabel="Save the name" onSubmit={saveName}>
        <TextField
          label="Display name"
          value={displayName}
          onChange={setDisplayName}
          autoComplete="nickname"
        />
      </Section>
      <Section title="E-mail address" submitLabel="Change the address" onSubmit={changeEmail}>
        <p className="account__current">
          Now: <strong>{user?.email}</strong>
        </p>
        <TextField
          label="New e-mail address"
          type="email"
          value={newEmail}
          onChange={setNewEmail}
          autoComplete="email"
        />
        <TextField
          label="Current password (for the address change)"
          type="password"
          value={emailPassword}
          onChange={setEmailPassword}
          autoComplete="current-password"
        />
      </Section>
      <Section title="Password" submitLabel="Change the password" onSubmit={changePassword}>
        <TextField
          label="Current password"
          type="password"
          value={currentPassword}
          onChange={setCurrentPassword}
          autoComplete="current-password"
        />
        <TextField
          label="New password"
          type="password"
          value={newPassword}
          onChange={setNewPassword}
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Other devices are signed out.`}
        />
      </Section>
    </div>
  );
}
