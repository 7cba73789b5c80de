import { OutboundMail } from './outbound-mail.entity';
import { ReminderSent } from './reminder-sent.entity';

export * from './outbound-mail.entity';
export * from './reminder-sent.entity';

export const NOTIFICATIONS_ENTITIES = [OutboundMail, ReminderSent];
