import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A tenant API key for an ATS. The secret is never shown again.' })
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Public: the start of the key (fpk_live_…), to recognise it.' })
  prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field({ description: 'The whole key: shown this once, stored only as a hash.' })
  secret!: string;
}

@InputType()
export class ApiKeyInput {
  @Field() name!: string;
  @Field(() => [String], {
    description:
      'assessments:read, candidates:write, results:read, webhooks:manage, ats:greenhouse, ats:lever, ats:workday',
  })
  scopes!: string[];
}
