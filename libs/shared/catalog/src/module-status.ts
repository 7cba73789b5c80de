/** A module version's life: edited as a draft, then published (immutable), then retired by the next. */
export const VersionStatus = { Draft: 'draft', Published: 'published', Retired: 'retired' } as const;
export type VersionStatus = (typeof VersionStatus)[keyof typeof VersionStatus];

/**
 * Significant: the content changed enough that completions of earlier versions may be required
 * again (the assignment rules decide). Minor: typos and wording; completions stand.
 */
export const ChangeSignificance = { Significant: 'significant', Minor: 'minor' } as const;
export type ChangeSignificance = (typeof ChangeSignificance)[keyof typeof ChangeSignificance];

/** Private: this municipality only. Region: every municipality of the installation may assign or copy it. */
export const ModuleSharing = { Private: 'private', Region: 'region' } as const;
export type ModuleSharing = (typeof ModuleSharing)[keyof typeof ModuleSharing];

export const MODULE_LANGUAGES = ['sv', 'en'] as const;
export type ModuleLanguage = (typeof MODULE_LANGUAGES)[number];
