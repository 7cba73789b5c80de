/** 'org:read' → 'tokens.scopes.org-read': i18next reads a colon as a namespace separator. */
export function scopeLabelKey(scope: string): string {
  return `tokens.scopes.${scope.replace(/[^a-z]/gi, '-')}`;
}
