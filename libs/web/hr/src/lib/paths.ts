/** Where the coverage dashboard lives in the app; the navigation links here. */
export const COVERAGE_PATH = '/coverage';
export const MY_TEAM_PATH = '/my-team';
