import { Extensions1764230400000 } from './1764230400000-Extensions';
import { OrgSchema1795768105393 } from './1795768105393-OrgSchema';
import { TenantIsolation1795768105394 } from './1795768105394-TenantIsolation';
import { IdentityAndAudit1795769133424 } from './1795769133424-IdentityAndAudit';
import { IdentityIsolation1795769133425 } from './1795769133425-IdentityIsolation';
import { EmploymentIndexByTenant1795771834639 } from './1795771834639-EmploymentIndexByTenant';
import { EmailDomainDiscovery1795772400000 } from './1795772400000-EmailDomainDiscovery';
import { TenantForeignKeys1795773762057 } from './1795773762057-TenantForeignKeys';
import { CatalogSchema1796116702951 } from './1796116702951-CatalogSchema';
import { CatalogIsolation1796116702952 } from './1796116702952-CatalogIsolation';
import { ModuleEnglishTitles1796117403166 } from './1796117403166-ModuleEnglishTitles';
import { LearningSchema1796117634282 } from './1796117634282-LearningSchema';
import { LearningIsolation1796117634283 } from './1796117634283-LearningIsolation';
import { ComplianceSchema1796119153310 } from './1796119153310-ComplianceSchema';
import { ComplianceIsolation1796119153311 } from './1796119153311-ComplianceIsolation';
import { ScimSchema1796120787679 } from './1796120787679-ScimSchema';
import { ScimIsolation1796120787680 } from './1796120787680-ScimIsolation';
import { NotificationsSchema1796586203371 } from './1796586203371-NotificationsSchema';
import { NotificationsIsolation1796586203372 } from './1796586203372-NotificationsIsolation';
import { HrImportSchema1796595446595 } from './1796595446595-HrImportSchema';
import { HrImportIsolation1796595446596 } from './1796595446596-HrImportIsolation';
import { LiveSessionsSchema1796595464634 } from './1796595464634-LiveSessionsSchema';
import { LiveSessionsIsolation1796595464635 } from './1796595464635-LiveSessionsIsolation';
import { TeamManagers1796605081101 } from './1796605081101-TeamManagers';
import { BlendedModules1796605119083 } from './1796605119083-BlendedModules';
import { BlendedModulesIsolation1796605119084 } from './1796605119084-BlendedModulesIsolation';
import { CoverageFactsSchema1796605397635 } from './1796605397635-CoverageFactsSchema';
import { CoverageFactsTriggers1796605397636 } from './1796605397636-CoverageFactsTriggers';
import { RegionalCoverageSchema1796607366076 } from './1796607366076-RegionalCoverageSchema';
import { RegionalCoverageIsolation1796607366077 } from './1796607366077-RegionalCoverageIsolation';
import { LiveSessionCancellationReason1796627934235 } from './1796627934235-LiveSessionCancellationReason';
import { CoverageRollup1796629681790 } from './1796629681790-CoverageRollup';
import { CoverageCheckpointRollup1796645311596 } from './1796645311596-CoverageCheckpointRollup';
import { CoverageRollupFollowsMove1796718245000 } from './1796718245000-CoverageRollupFollowsMove';
import { CoverageRollupPageRoom1796718245001 } from './1796718245001-CoverageRollupPageRoom';
import { CoverageRollupGeneration1796803200000 } from './1796803200000-CoverageRollupGeneration';

/** In order. Listed, not globbed, so that the webpack-built API carries them. */
export const MIGRATIONS = [
  Extensions1764230400000,
  OrgSchema1795768105393,
  TenantIsolation1795768105394,
  IdentityAndAudit1795769133424,
  IdentityIsolation1795769133425,
  EmploymentIndexByTenant1795771834639,
  EmailDomainDiscovery1795772400000,
  TenantForeignKeys1795773762057,
  CatalogSchema1796116702951,
  CatalogIsolation1796116702952,
  ModuleEnglishTitles1796117403166,
  LearningSchema1796117634282,
  LearningIsolation1796117634283,
  ComplianceSchema1796119153310,
  ComplianceIsolation1796119153311,
  ScimSchema1796120787679,
  ScimIsolation1796120787680,
  NotificationsSchema1796586203371,
  NotificationsIsolation1796586203372,
  HrImportSchema1796595446595,
  HrImportIsolation1796595446596,
  LiveSessionsSchema1796595464634,
  LiveSessionsIsolation1796595464635,
  TeamManagers1796605081101,
  BlendedModules1796605119083,
  BlendedModulesIsolation1796605119084,
  CoverageFactsSchema1796605397635,
  CoverageFactsTriggers1796605397636,
  RegionalCoverageSchema1796607366076,
  RegionalCoverageIsolation1796607366077,
  LiveSessionCancellationReason1796627934235,
  CoverageRollup1796629681790,
  CoverageCheckpointRollup1796645311596,
  CoverageRollupFollowsMove1796718245000,
  CoverageRollupPageRoom1796718245001,
  CoverageRollupGeneration1796803200000,
];
