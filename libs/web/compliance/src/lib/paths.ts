/** Where the rules live in the app; the navigation links here. */
export const RULES_PATH = '/rules';
export const NEW_RULE_PATH = '/rules/new';
