import { Lesson } from './lesson.entity';
import { MediaFile } from './media-file.entity';
import { ModuleVersion } from './module-version.entity';
import { TrainingModule } from './training-module.entity';
import { VersionMedia } from './version-media.entity';

export * from './lesson.entity';
export * from './media-file.entity';
export * from './module-version.entity';
export * from './training-module.entity';
export * from './version-media.entity';

export const CATALOG_ENTITIES = [TrainingModule, ModuleVersion, Lesson, MediaFile, VersionMedia];
