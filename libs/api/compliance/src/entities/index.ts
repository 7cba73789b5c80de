import { AssignmentRule } from './assignment-rule.entity';
import { Exemption } from './exemption.entity';

export * from './assignment-rule.entity';
export * from './exemption.entity';

export const COMPLIANCE_ENTITIES = [AssignmentRule, Exemption];
