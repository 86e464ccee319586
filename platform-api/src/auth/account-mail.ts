import type { MailMessage } from '../mail/mailer';

/**
 * The account mails. Learners and company owners get them before they belong to any tenant, so
 * they go out with no tenant (the local mailer keeps them in the development inbox).
 */
const message = (to: string, subject: string, lines: string[], links: string[]): MailMessage => ({
  to,
  subject,
  text: [...lines, '', '— Fixpoint'].join('\n'),
  links,
});

export const AccountMail = {
  verify: (to: string, link: string) =>
    message(
      to,
      'Confirm your e-mail address for Fixpoint',
      [
        'Open this link to confirm your address and sign in (it works once, for 24 hours):',
        link,
        '',
        'If you did not sign up for Fixpoint, ignore this message.',
      ],
      [link],
    ),

  signUpAttempt: (to: string, resetLink: string, logInLink: string) =>
    message(
      to,
      'Someone tried to sign up to Fixpoint with your address',
      [
        'Someone (perhaps you) tried to create a Fixpoint account with this address, which already has one.',
        `Log in: ${logInLink}`,
        `Forgot your password? Reset it: ${resetLink}`,
        '',
        'If it was not you, you need not do anything: no account was created.',
      ],
      [logInLink, resetLink],
    ),

  reset: (to: string, link: string) =>
    message(
      to,
      'Reset your Fixpoint password',
      [
        'Open this link to choose a new password (it works once, for one hour):',
        link,
        '',
        'Every device signed in to your account is signed out when you do.',
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ],
      [link],
    ),

  changeEmail: (to: string, link: string) =>
    message(
      to,
      'Confirm your new e-mail address for Fixpoint',
      [
        'Open this link to make this the address of your Fixpoint account (it works once, for 24 hours):',
        link,
      ],
      [link],
    ),

  changeEmailNotice: (to: string, newEmail: string) =>
    message(
      to,
      'Your Fixpoint e-mail address is being changed',
      [
        `Someone signed in to your account asked to move it to ${newEmail}.`,
        'It changes once that address is confirmed. If this was not you, reset your password now.',
      ],
      [],
    ),

  addressInUse: (to: string) =>
    message(
      to,
      'This address already has a Fixpoint account',
      [
        'Someone signed in to another Fixpoint account asked to move it to this address, which already has an account, so nothing changed.',
      ],
      [],
    ),
};
