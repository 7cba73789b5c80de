import type { MailMessage } from '../mail/mailer';
import { type Language, mailHtml } from './reminder-texts';

export interface ManagerReminderInput {
  to: string;
  name: string;
  manager: string;
  module: string;
  /** The earliest unmet due date. */
  due: string;
  overdue: boolean;
  link: string;
}

/** A reminder a manager sends from Mitt team to someone behind: in the person's language, naming the manager. */
export function managerReminderMail(input: ManagerReminderInput, language: Language): MailMessage {
  const { name, manager, module, due, overdue, link } = input;
  const en = language === 'en';
  const subject = en ? `Reminder from ${manager}: ${module}` : `Påminnelse från ${manager}: ${module}`;
  const line = en
    ? overdue
      ? `your manager ${manager} reminds you that the training "${module}" was due ${due} and is not yet completed.`
      : `your manager ${manager} reminds you that the training "${module}" is to be completed by ${due}, and you have not started it yet.`
    : overdue
      ? `din chef ${manager} påminner dig om att utbildningen ”${module}” skulle ha varit genomförd ${due} och ännu inte är klar.`
      : `din chef ${manager} påminner dig om att utbildningen ”${module}” ska vara genomförd senast ${due}, och du har inte börjat ännu.`;
  const greeting = en ? `Hello ${name},` : `Hej ${name}!`;
  const paragraphs = [greeting, line.charAt(0).toUpperCase() + line.slice(1)];
  const open = en ? 'Open the training' : 'Öppna utbildningen';
  return {
    to: input.to,
    subject,
    kind: 'reminder-manager',
    text: `${paragraphs.join('\n\n')}\n\n${open}: ${link}\n`,
    html: mailHtml(paragraphs, { href: link, label: open }),
  };
}
