export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** nodemailer's URL form; null: no mail leaves, it is kept in the outbox (the demo). */
  smtpUrl: string | null;
  from: string;
}
