import { useEffect, useState } from 'react';
import { useRequester } from '../../api/ApiProvider';
import { describeError } from '../../api/errors';
import { DEV_INBOX } from '../../api/operations.graphql';
import { send } from '../../api/client';
import type { DevMailMessage } from '../../api/types';
import { useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { TextField } from '../auth/TextField';
import './dev-inbox.css';

/**
 * The development inbox: account mail the local mailer kept (sign-up, reset, e-mail change),
 * for one address. The API answers only with NODE_ENV=development; elsewhere this page shows
 * its refusal.
 */
export default function DevInboxPage() {
  useDocumentTitle('Development inbox');
  const requester = useRequester();
  const address = new URLSearchParams(useLocation().search).get('email') ?? '';
  const navigate = useNavigate();
  const [email, setEmail] = useState(address);
  const [mail, setMail] = useState<DevMailMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!address) return;
    let live = true;
    send(requester, DEV_INBOX, { email: address })
      .then((data) => live && (setMail(data.devInbox), setError(null)))
      .catch((failure: unknown) => live && setError(describeError(failure)));
    return () => {
      live = false;
    };
  }, [requester, address]);

  return (
    <div className="dev-inbox">
      <h1 className="dev-inbox__title">Development inbox</h1>
      <p className="dev-inbox__intro">
        Mail Fixpoint would have sent, kept on this machine. It exists only in development.
      </p>
      <form
        className="dev-inbox__form"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(`/dev/inbox?email=${encodeURIComponent(email.trim())}`);
        }}
      >
        <TextField
          label="Address"
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="email"
        />
        <button type="submit" className="button button--primary">
          Show mail
        </button>
      </form>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {mail && mail.length === 0 && (
        <p>No mail for {address} yet. It arrives within a second or two.</p>
      )}
      {mail && mail.length > 0 && (
        <ol className="dev-inbox__list" aria-label={`Mail to ${address}`}>
          {mail.map((m) => (
            <li key={`${m.createdAt}-${m.subject}`} className="dev-inbox__mail">
              <h2 className="dev-inbox__subject">{m.subject}</h2>
              <p className="dev-inbox__meta">
                To {m.to} · {new Date(m.createdAt).toLocaleString()}
              </p>
              <pre className="dev-inbox__text">{m.text}</pre>
              {m.links.length > 0 && (
                <ul className="dev-inbox__links">
                  {m.links.map((link) => (
                    <li key={link}>
                      <a href={link}>
                        {new URL(link).pathname.replace(/^\//, '').replace(/-/g, ' ')} link
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
