import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const COMPLIANCE_NAMESPACE = 'compliance';
export const complianceTranslations: Translations = { sv, en };
