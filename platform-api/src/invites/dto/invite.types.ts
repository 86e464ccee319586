import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompetitionResult } from '../../competitions/dto/competition-result.type';

export enum CandidateStatus {
  invited = 'invited',
  started = 'started',
  submitted = 'submitted',
  expired = 'expired',
  revoked = 'revoked',
}
registerEnumType(CandidateStatus, { name: 'CandidateStatus' });

@ObjectType()
export class CandidateInvite {
  @Field(() => ID) id!: string;
  @Field(() => ID) assessmentId!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => CandidateStatus) status!: CandidateStatus;
  @Field(() => Int, { description: 'Accommodation: extra time in percent of the limit.' })
  extraTimePercent!: number;
  @Field() expiresAt!: Date;
  @Field() sentAt!: Date;
  @Field(() => Int) sendCount!: number;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Null until scored, and while under review.' })
  score!: number | null;
  @Field({
    description:
      'A submission waits for an integrity review: the score is withheld until a recruiter decides.',
  })
  underReview!: boolean;
  @Field(() => Int, { nullable: true }) timeUsedSeconds!: number | null;
  @Field(() => ID, {
    nullable: true,
    description: "Set on a hiring competition's entrant (registered with consent; no link).",
  })
  competitionId!: string | null;
  @Field(() => CompetitionResult, {
    nullable: true,
    description: "The entrant's final standing, once the competition is final.",
  })
  competition!: CompetitionResult | null;
}

@InputType()
export class CandidateInput {
  @Field() email!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Int, { defaultValue: 0, description: '0 to 300.' }) extraTimePercent?: number;
}

@ObjectType()
export class InviteError {
  @Field(() => Int, { description: 'Position in the list sent.' }) index!: number;
  @Field() email!: string;
  @Field() message!: string;
}

@ObjectType()
export class InviteCandidatesPayload {
  @Field(() => [CandidateInvite]) invited!: CandidateInvite[];
  @Field(() => [InviteError]) errors!: InviteError[];
}
