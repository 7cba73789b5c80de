export * from './entities';
export * from './mail/mail-options';
export * from './mail/mailer';
export * from './notifications.module';
export * from './reminders/hr-digest';
export * from './reminders/reminder-plan';
export * from './reminders/reminders.service';
export { languageOf, mailHtml, type Language } from './reminders/reminder-texts';
export * from './reminders/manager-reminder-texts';
