import { HrImport } from './hr-import.entity';
import { HrImportMapping } from './hr-import-mapping.entity';

export * from './hr-import.entity';
export * from './hr-import-mapping.entity';

export const HR_IMPORT_ENTITIES = [HrImport, HrImportMapping];
