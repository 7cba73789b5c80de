import { DynamicModule, Module } from '@nestjs/common';
import { ComplianceModule } from '@larnav/api/compliance';
import { DbModule } from '@larnav/api/db';
import { TenancyModule } from '@larnav/api/tenancy';
import { MAIL_OPTIONS, MailOptions } from './mail/mail-options';
import { Mailer } from './mail/mailer';
import { OutboxController } from './mail/outbox.controller';
import { OutboxQueries } from './mail/outbox.queries';
import { HrDigest } from './reminders/hr-digest';
import { Reminders } from './reminders/reminders.service';

/** Mail Lärnav sends (through SMTP, or only to the outbox), and the reminders that make it. */
@Module({})
export class NotificationsModule {
  static forRoot(options: MailOptions): DynamicModule {
    return {
      module: NotificationsModule,
      // Other areas (live sessions) write mail through the Mailer without a second forRoot.
      global: true,
      imports: [DbModule, TenancyModule, ComplianceModule],
      controllers: [OutboxController],
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, Mailer, OutboxQueries, Reminders, HrDigest],
      exports: [Mailer, Reminders, HrDigest],
    };
  }
}
