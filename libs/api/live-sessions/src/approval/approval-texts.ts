import { Language, MailMessage, mailHtml } from '@larnav/api/notifications';
import { sessionTimes } from '../invitations/invitation-texts';

export interface ApprovalRequestInput {
  to: string;
  name: string;
  booker: string;
  module: string;
  start: Date;
  end: Date;
  link: string;
}

/** To the manager: someone in their team asks to attend a session that needs their approval. */
export function approvalRequestMail(input: ApprovalRequestInput, language: Language): MailMessage {
  const when = sessionTimes(input.start, input.end);
  const en = language === 'en';
  const subject = en
    ? `Approval needed: ${input.booker}, ${input.module} ${when}`
    : `Godkännande behövs: ${input.booker}, ${input.module} ${when}`;
  const paragraphs = [
    en ? `Hello ${input.name},` : `Hej ${input.name}!`,
    en
      ? `${input.booker} has asked to attend the session "${input.module}" ${when} (Swedish time), which needs your approval. The booking holds no place until you approve it.`
      : `${input.booker} vill gå utbildningspasset ”${input.module}” ${when} (svensk tid), som kräver ditt godkännande. Bokningen får ingen plats förrän du godkänner den.`,
  ];
  const open = en ? 'Approve or decline in Lärnav' : 'Godkänn eller avslå i Lärnav';
  return {
    to: input.to,
    subject,
    kind: 'booking-approval-request',
    text: `${paragraphs.join('\n\n')}\n\n${open}: ${input.link}\n`,
    html: mailHtml(paragraphs, { href: input.link, label: open }),
  };
}
