import type { MailMessage } from '../mail/mailer';
import type { Occasion } from './reminder-plan';

export type Language = 'sv' | 'en';

export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A mail's HTML body: paragraphs and an optional link, every value escaped. */
export function mailHtml(paragraphs: string[], link?: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
  const button = link ? `<p><a href="${escape(link.href)}">${escape(link.label)}</a></p>` : '';
  return `<!doctype html><html><body style="font-family:Segoe UI,Arial,sans-serif">${body}${button}</body></html>`;
}

export interface ReminderInput {
  to: string;
  name: string;
  module: string;
  due: string;
  link: string;
  occasion: Occasion;
}

/** A reminder about one module, in the person's language, plain text and HTML alike. */
export function reminderMail(input: ReminderInput, language: Language): MailMessage {
  const { name, module, due, link, occasion } = input;
  const days = Math.abs(occasion.daysLeft);
  const sv = {
    'reminder-before': {
      subject: `Påminnelse: ${module} ska vara klar ${due}`,
      line: `utbildningen ”${module}” ska vara genomförd senast ${due}, om ${days} ${days === 1 ? 'dag' : 'dagar'}.`,
    },
    'reminder-due': {
      subject: `Sista dag i dag: ${module}`,
      line: `i dag, ${due}, är sista dagen att genomföra utbildningen ”${module}”.`,
    },
    'reminder-overdue': {
      subject: `Försenad: ${module}`,
      line: `utbildningen ”${module}” skulle ha varit genomförd ${due} och är nu ${days} dagar försenad.`,
    },
  };
  const en = {
    'reminder-before': {
      subject: `Reminder: ${module} is due ${due}`,
      line: `the training "${module}" is to be completed by ${due}, in ${days} ${days === 1 ? 'day' : 'days'}.`,
    },
    'reminder-due': {
      subject: `Due today: ${module}`,
      line: `today, ${due}, is the last day to complete the training "${module}".`,
    },
    'reminder-overdue': {
      subject: `Overdue: ${module}`,
      line: `the training "${module}" was due ${due} and is now ${days} days overdue.`,
    },
  };
  const texts = language === 'en' ? en[occasion.kind] : sv[occasion.kind];
  const greeting = language === 'en' ? `Hello ${name},` : `Hej ${name}!`;
  const line = texts.line.charAt(0).toUpperCase() + texts.line.slice(1);
  const open = language === 'en' ? 'Open the training' : 'Öppna utbildningen';
  const footer = language === 'en' ? 'This message was sent by Lärnav.' : 'Det här meddelandet skickades av Lärnav.';
  return {
    to: input.to,
    subject: texts.subject,
    kind: occasion.kind,
    text: `${greeting}\n\n${line}\n\n${open}: ${link}\n\n${footer}\n`,
    html: mailHtml([greeting, line], { href: link, label: open }).replace('</body>', `<p>${escape(footer)}</p></body>`),
  };
}

export interface DigestRow {
  person: string;
  unit: string;
  module: string;
  due: string;
}

/** The weekly list for an HR officer: who in their units is overdue with what. */
export function digestMail(to: string, name: string, rows: DigestRow[], link: string, language: Language): MailMessage {
  const en = language === 'en';
  const subject = en
    ? `Overdue training in your units: ${new Set(rows.map((r) => r.person)).size} people`
    : `Försenade utbildningar på dina enheter: ${new Set(rows.map((r) => r.person)).size} personer`;
  const greeting = en ? `Hello ${name},` : `Hej ${name}!`;
  const intro = en
    ? 'These people in the units you answer for are overdue with required training:'
    : 'De här personerna på enheterna du ansvarar för är försenade med obligatoriska utbildningar:';
  const line = (r: DigestRow) =>
    en
      ? `${r.person} (${r.unit}): ${r.module}, due ${r.due}`
      : `${r.person} (${r.unit}): ${r.module}, skulle vara klar ${r.due}`;
  const open = en ? 'Open Lärnav' : 'Öppna Lärnav';
  const list = `<ul>${rows.map((r) => `<li>${escape(line(r))}</li>`).join('')}</ul>`;
  return {
    to,
    subject,
    kind: 'hr-digest',
    text: `${greeting}\n\n${intro}\n\n${rows.map((r) => `- ${line(r)}`).join('\n')}\n\n${open}: ${link}\n`,
    html: mailHtml([greeting, intro], { href: link, label: open }).replace('</p><p><a', `</p>${list}<p><a`),
  };
}
