import { RegionalCoverage } from './regional-coverage.entity';
import { RegionalSharing } from './regional-sharing.entity';

export { RegionalCoverage, RegionalSharing };
export const REGIONAL_ENTITIES = [RegionalSharing, RegionalCoverage];
