import { ApiProperty } from '@nestjs/swagger';

export class TenantResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'stenungsund' })
  slug!: string;

  @ApiProperty({ example: 'Stenungsunds kommun' })
  name!: string;
}
