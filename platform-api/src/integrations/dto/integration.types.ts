import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../common/json.scalar';

@ObjectType({
  description: 'The URLs a company registers with Greenhouse (its partner endpoints).',
})
export class GreenhouseSetup {
  @Field() listTestsUrl!: string;
  @Field() sendTestUrl!: string;
  @Field() testStatusUrl!: string;
  @Field() responseErrorUrl!: string;
  @Field({ description: 'The API key scope Greenhouse’s key needs.' }) scope!: string;
  @Field(() => Int, { description: 'Keys that hold the scope and are not revoked.' })
  activeKeys!: number;
}

@ObjectType({ description: 'A call an ATS made to a partner endpoint, and our answer’s status.' })
export class AtsPartnerCallView {
  @Field(() => ID) id!: string;
  @Field() ats!: string;
  @Field() operation!: string;
  @Field(() => Int) status!: number;
  @Field(() => GraphQLJSON) detail!: unknown;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'The write-back of one external invitation’s result to its ATS.' })
export class AtsSyncView {
  @Field(() => ID) id!: string;
  @Field() ats!: string;
  @Field(() => ID) invitationId!: string;
  @Field() candidateEmail!: string;
  @Field() assessmentTitle!: string;
  @Field({ description: 'waiting, retrying, failed, delivered or closed' }) state!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field() createdAt!: Date;
}
