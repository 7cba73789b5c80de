/** Every cache key in one place, so invalidation after a change can name what it touches. */
export const queryKeys = {
  tenant: () => ['tenant'] as const,
  signInMethods: () => ['auth', 'methods'] as const,
  orgTree: (at: string) => ['org-units', 'tree', at] as const,
  unitPeople: (unitId: string, at: string) =>
    ['org-units', unitId, 'people', at] as const,
};
