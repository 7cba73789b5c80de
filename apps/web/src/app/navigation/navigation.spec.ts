import { Permission, permissionsOf, Role } from '@larnav/contracts';
import { navigationFor, startPathFor } from './navigation';

const as = (...roles: Role[]) => [...permissionsOf([Role.Learner, ...roles])];
const paths = (permissions: string[]) => navigationFor(permissions).map((item) => item.to);

describe('the navigation, by permission', () => {
  it('shows a learner only their own account', () => {
    expect(paths(as())).toEqual(['/my-account']);
    expect(startPathFor(as())).toBe('/my-account');
  });

  it('shows trainers the organisation and their modules, but no administration', () => {
    expect(paths(as(Role.Trainer))).toEqual(['/organisation', '/modules', '/my-account']);
  });

  it('shows HR the organisation, but no modules or administration', () => {
    expect(paths(as(Role.Hr))).toEqual(['/organisation', '/my-account']);
    expect(startPathFor(as(Role.Hr))).toBe('/organisation');
  });

  it('shows an administrator everything', () => {
    expect(paths(as(Role.Admin))).toEqual(['/organisation', '/modules', '/admin', '/my-account']);
  });

  it.each([Permission.RolesManage, Permission.SignInManage, Permission.TokensManage, Permission.AuditRead])(
    'shows Administration to anyone with %s alone',
    (permission) => {
      expect(paths([permission])).toEqual(['/admin', '/my-account']);
    },
  );
});
