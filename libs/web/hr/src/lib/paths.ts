/** Where the coverage dashboard lives in the app; the navigation links here. */
export const COVERAGE_PATH = '/coverage';
export const MY_TEAM_PATH = '/my-team';

/** Where the region's comparison lives. */
export const REGION_PATH = '/region';
