import { ApiProperty } from '@nestjs/swagger';
import { EmploymentResponse } from '@larnav/api/org';
import { Permission, Role } from '@larnav/contracts';

export class MePersonResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: [EmploymentResponse], description: 'Their own employments, oldest first.' })
  employments!: EmploymentResponse[];
}

export class MeResponse {
  @ApiProperty({ type: MePersonResponse }) person!: MePersonResponse;
  @ApiProperty({ enum: Object.values(Role), isArray: true }) roles!: Role[];
  @ApiProperty({ enum: Object.values(Permission), isArray: true }) permissions!: Permission[];
  @ApiProperty({ type: [String], description: 'Org units whose subtrees an HR officer answers for.' })
  hrUnitIds!: string[];
  @ApiProperty({ description: "Whether they manage anyone today (a unit's chef, or a manager link): shows Mitt team." })
  managesTeam!: boolean;
  @ApiProperty({ description: 'Send as X-CSRF-Token on every state-changing request.' }) csrfToken!: string;
}

export class SignOutResponse {
  @ApiProperty({ description: "Where the browser goes next: the IdP's sign-out, or the start page." })
  redirectTo!: string;
}

export class SignInMethodsResponse {
  @ApiProperty() oidc!: boolean;
  @ApiProperty() saml!: boolean;
}

export class SessionStatusResponse {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty({ enum: Object.values(Role), isArray: true }) roles!: Role[];
  @ApiProperty({ format: 'date-time', description: 'The session ends then at the latest, whatever the activity.' })
  endsAt!: string;
}
