/** "stenungsund.se, kommun.stenungsund.se" → ['stenungsund.se', 'kommun.stenungsund.se']. */
export function parseEmailDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((domain) => domain.trim().replace(/^@/, '').toLowerCase())
        .filter(Boolean),
    ),
  ];
}
