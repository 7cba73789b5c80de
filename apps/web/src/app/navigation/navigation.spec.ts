import { Permission, permissionsOf, Role } from '@larnav/contracts';
import { navigationFor, startPathFor } from './navigation';

const as = (...roles: Role[]) => [...permissionsOf([Role.Learner, ...roles])];
const paths = (permissions: string[]) => navigationFor(permissions).map((item) => item.to);

describe('the navigation, by permission', () => {
  it('shows a learner their training and their own account, and starts them at My training', () => {
    expect(paths(as())).toEqual(['/my-training', '/my-account']);
    expect(startPathFor()).toBe('/my-training');
  });

  it('shows trainers the organisation, their modules and the rules, but no administration', () => {
    expect(paths(as(Role.Trainer))).toEqual(['/my-training', '/organisation', '/modules', '/rules', '/my-account']);
  });

  it('shows HR the organisation and the coverage, but no modules or administration', () => {
    expect(paths(as(Role.Hr))).toEqual(['/my-training', '/organisation', '/people', '/coverage', '/my-account']);
  });

  it('shows Mitt team to someone who manages a team, whatever their roles, and to no one else', () => {
    expect(navigationFor(as(), true).map((item) => item.to)).toEqual(['/my-training', '/my-team', '/my-account']);
    expect(navigationFor(as(Role.Hr), false).map((item) => item.to)).not.toContain('/my-team');
  });

  it('shows an administrator everything', () => {
    expect(paths(as(Role.Admin))).toEqual([
      '/my-training',
      '/organisation',
      '/people',
      '/modules',
      '/rules',
      '/coverage',
      '/admin',
      '/my-account',
    ]);
  });

  it.each([
    Permission.RolesManage,
    Permission.SignInManage,
    Permission.PeopleManage,
    Permission.TokensManage,
    Permission.AuditRead,
  ])('shows Administration to anyone with %s alone', (permission) => {
    expect(paths([permission])).toEqual(['/my-training', '/admin', '/my-account']);
  });
});
