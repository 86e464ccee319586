import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CompetitionKind {
  PUBLIC_CONTEST = 'public_contest',
  HIRING = 'hiring',
}
registerEnumType(CompetitionKind, { name: 'CompetitionKind' });

export enum CompetitionPhase {
  SCHEDULED = 'scheduled',
  REGISTRATION = 'registration',
  LIVE = 'live',
  FROZEN = 'frozen',
  ENDED = 'ended',
  FINAL = 'final',
  CANCELLED = 'cancelled',
}
registerEnumType(CompetitionPhase, { name: 'CompetitionPhase' });

export enum CompetitionWhen {
  UPCOMING = 'upcoming',
  LIVE = 'live',
  PAST = 'past',
}
registerEnumType(CompetitionWhen, { name: 'CompetitionWhen' });

@ObjectType()
export class CompetitionChallenge {
  @Field(() => Int) position!: number;
  @Field(() => ID) challengeId!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() language!: string;
  @Field(() => Int) difficulty!: number;
  @Field(() => Int, { description: 'Points for a fully correct submit: difficulty × 100.' })
  maxPoints!: number;
  @Field({ description: "True when the viewer's best submit is fully correct." })
  solved!: boolean;
}

@ObjectType()
export class Competition {
  @Field(() => ID) id!: string;
  @Field(() => CompetitionKind) kind!: CompetitionKind;
  @Field() title!: string;
  @Field() description!: string;
  @Field() registrationOpensAt!: Date;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Int) freezeMinutes!: number;
  @Field(() => Int) failedSubmitPenalty!: number;
  @Field(() => CompetitionPhase) phase!: CompetitionPhase;
  @Field(() => Int) entrants!: number;
  @Field({ description: 'Whether the viewer is registered.' }) registered!: boolean;
  @Field(() => [CompetitionChallenge]) challenges!: CompetitionChallenge[];
  @Field(() => Date, {
    nullable: true,
    description: 'Set while staff have paused it: no phase changes, no submits.',
  })
  pausedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The company running a hiring competition.' })
  host!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Hiring competitions: what registering agrees to (the company sees your result). Register with consent: true.',
  })
  consentNotice!: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      "Staff only: the hiring competition's assessment, whose pipeline lists every entrant.",
  })
  assessmentId!: string | null;
}

@ObjectType()
export class LeaderboardEntry {
  @Field(() => Int, { description: 'Equal points and equal last improvement share a rank.' })
  rank!: number;
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => Int) points!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'ms from the start to the last improving submit (the tie-break); null if none.',
  })
  lastImprovementMs!: number | null;
}

@ObjectType()
export class Leaderboard {
  @Field(() => ID) competitionId!: string;
  @Field({ description: 'True when this is the board as it was at the freeze.' })
  frozen!: boolean;
  @Field(() => Int) total!: number;
  @Field(() => [LeaderboardEntry]) entries!: LeaderboardEntry[];
}

@ObjectType()
export class LeaderboardUpdate {
  @Field(() => ID) competitionId!: string;
  @Field(() => CompetitionPhase) phase!: CompetitionPhase;
  @Field() frozen!: boolean;
  @Field(() => [LeaderboardEntry], { description: 'The top of the board after the changes.' })
  top!: LeaderboardEntry[];
  @Field(() => [ID], { description: 'Entrants whose standing changed in this update.' })
  changed!: string[];
  @Field(() => Float, { description: 'Epoch ms of the first change in this update.' })
  changedAt!: number;
  @Field(() => Float, { description: 'Epoch ms when this instance pushed the update.' })
  sentAt!: number;
}

@ObjectType()
export class CompetitionVerdict {
  @Field(() => ID) competitionId!: string;
  @Field(() => ID) submissionId!: string;
  @Field(() => ID) challengeId!: string;
  @Field(() => Int, { description: 'Share of the hidden tests right, in thousandths.' })
  correctnessPermille!: number;
  @Field({ description: 'False while an integrity review is pending: it scores nothing yet.' })
  counts!: boolean;
  @Field(() => Int, { description: "The author's total points after this submit." })
  points!: number;
  @Field(() => Float) at!: number;
}

@ObjectType()
export class RatingChange {
  @Field(() => ID) competitionId!: string;
  @Field() competitionTitle!: string;
  @Field(() => Int) rank!: number;
  @Field(() => Float) ratingBefore!: number;
  @Field(() => Float) ratingAfter!: number;
  @Field() at!: Date;
}

@ObjectType()
export class LearnerRating {
  @Field(() => Float) rating!: number;
  @Field(() => Float) rd!: number;
  @Field(() => Int) contests!: number;
  @Field(() => [RatingChange]) history!: RatingChange[];
}

@InputType()
export class CompetitionScheduleInput {
  @Field() title!: string;
  @Field({ nullable: true }) description?: string;
  @Field() registrationOpensAt!: Date;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Int, { defaultValue: 0 }) freezeMinutes!: number;
  @Field(() => Int, { defaultValue: 0 }) failedSubmitPenalty!: number;
  @Field(() => [String], {
    description:
      'Challenge slugs, in order (1 to 20): catalog ones, or your company’s private challenges.',
  })
  challengeSlugs!: string[];
}
