import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SessionPhase } from '../../generated/prisma/enums';
import { CandidateStatus } from '../../invites/dto/invite.types';

registerEnumType(SessionPhase, { name: 'SessionPhase' });

@ObjectType()
export class CandidateLanding {
  @Field() companyName!: string;
  @Field() assessmentTitle!: string;
  @Field() instructions!: string;
  @Field(() => String, { nullable: true }) candidateName!: string | null;
  @Field(() => Int, { description: 'Including the accommodation.' }) timeLimitMinutes!: number;
  @Field(() => Int) challengeCount!: number;
  @Field() hintsAllowed!: boolean;
  @Field(() => CandidateStatus) status!: CandidateStatus;
}

@ObjectType()
export class CandidateSessionChallenge {
  @Field(() => Int) position!: number;
  @Field(() => ID) attemptId!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() language!: string;
}

@ObjectType()
export class CandidateSession {
  @Field(() => ID) id!: string;
  @Field(() => SessionPhase) phase!: SessionPhase;
  @Field() companyName!: string;
  @Field() assessmentTitle!: string;
  @Field() instructions!: string;
  @Field() hintsAllowed!: boolean;
  @Field(() => Int) timeLimitSeconds!: number;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) deadline!: Date | null;
  @Field(() => [CandidateSessionChallenge]) challenges!: CandidateSessionChallenge[];
  @Field(() => Int, { nullable: true }) score!: number | null;
}

@ObjectType()
export class CandidateAuth {
  @Field({ description: 'Send as the Bearer token of every candidate call.' }) token!: string;
  @Field(() => CandidateSession) session!: CandidateSession;
}
