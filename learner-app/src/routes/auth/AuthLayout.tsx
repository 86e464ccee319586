import type { FormEvent, ReactNode } from 'react';
import './auth.css';

interface AuthLayoutProps {
  title: string;
  intro: string;
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
  footer: ReactNode;
}

export function AuthLayout(props: AuthLayoutProps) {
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }
  return (
    <div className="auth">
      <div className="auth__card">
        <h1 className="auth__title">{props.title}</h1>
        <p className="auth__intro">{props.intro}</p>
        <form className="auth__form" onSubmit={handleSubmit} noValidate aria-busy={props.busy}>
          {props.children}
          {props.error && (
            <p className="alert" role="alert">
              {props.error}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary auth__submit"
            disabled={props.busy}
          >
            {props.busy ? 'Please wait…' : props.submitLabel}
          </button>
        </form>
        <p className="auth__footer">{props.footer}</p>
      </div>
    </div>
  );
}
