import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { ComplianceModule } from '@larnav/api/compliance';
import { DbModule } from '@larnav/api/db';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificatesService } from './certificates/certificates.service';
import { EnrolmentsController } from './my-training/enrolments.controller';
import { EnrolmentsService } from './my-training/enrolments.service';
import { MyDataExport } from './my-training/my-data';
import { MyTrainingController } from './my-training/my-training.controller';
import { ModuleParts } from './my-training/module-parts';
import { MyTrainingQueries } from './my-training/my-training.queries';
import { CompletionService } from './completion/completion.service';
import { AttemptView } from './progress/attempt-view';
import { AttemptsController } from './progress/attempts.controller';
import { AttemptsService } from './progress/attempts.service';
import { ProgressService } from './progress/progress.service';
import { VersionContent } from './progress/version-content';
import { KnownAttemptStates } from './progress/known-attempt-states';
import { QuizService } from './quiz/quiz.service';

/** Taking training: attempts, progress that is never lost, knowledge checks, completions, certificates. */
@Module({
  imports: [DbModule, AuditModule, ComplianceModule],
  controllers: [AttemptsController, MyTrainingController, CertificatesController, EnrolmentsController],
  providers: [
    AttemptsService,
    AttemptView,
    ProgressService,
    QuizService,
    CompletionService,
    VersionContent,
    KnownAttemptStates,
    MyTrainingQueries,
    ModuleParts,
    MyDataExport,
    CertificatesService,
    EnrolmentsService,
  ],
  // Live sessions complete a module when attendance is marked.
  exports: [CompletionService],
})
export class LearningModule {}
