import { Module } from '@nestjs/common';
import { DbModule } from '@larnav/api/db';
import { CompletionService } from './completion/completion.service';
import { AttemptView } from './progress/attempt-view';
import { AttemptsController } from './progress/attempts.controller';
import { AttemptsService } from './progress/attempts.service';
import { ProgressService } from './progress/progress.service';
import { VersionContent } from './progress/version-content';
import { QuizService } from './quiz/quiz.service';

/** Taking training: attempts, progress that is never lost, knowledge checks, completions, certificates. */
@Module({
  imports: [DbModule],
  controllers: [AttemptsController],
  providers: [AttemptsService, AttemptView, ProgressService, QuizService, CompletionService, VersionContent],
})
export class LearningModule {}
