import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../common/json.scalar';
import { TestResult } from '../../attempts/dto/attempt.types';
import { CandidateInvite } from '../../invites/dto/invite.types';
import { ChallengeIntegrity } from './review.types';

@ObjectType()
export class ReportRun {
  @Field() at!: Date;
  @Field() suite!: string;
  @Field() status!: string;
  @Field(() => Int) passed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => [TestResult], {
    description: 'Every test with its message and output, hidden ones included (staff only).',
  })
  tests!: TestResult[];
  @Field({
    description: 'Unified diff of the files against the previous run (the first: starter).',
  })
  diff!: string;
}

@ObjectType()
export class ReportChallenge {
  @Field(() => Int) position!: number;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() language!: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'Null while the submission waits for an integrity review; 0 once rejected; the computed score once accepted.',
  })
  score!: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'As Submission.breakdown.' })
  breakdown!: unknown;
  @Field(() => Int) hiddenPassed!: number;
  @Field(() => Int) hiddenTotal!: number;
  @Field(() => Int) hintsUsed!: number;
  @Field(() => [ReportRun]) runs!: ReportRun[];
  @Field() finalDiff!: string;
  @Field(() => ChallengeIntegrity, {
    nullable: true,
    description: "The submission's graded-run integrity and its review; null before submit.",
  })
  integrity!: ChallengeIntegrity | null;
}

@ObjectType()
export class SimilarityMatch {
  @Field(() => ID) inviteId!: string;
  @Field() candidate!: string;
  @Field() challengeSlug!: string;
  @Field(() => Float) similarity!: number;
  @Field() mine!: string;
  @Field() theirs!: string;
}

@ObjectType()
export class Integrity {
  @Field(() => Int) pasteEvents!: number;
  @Field(() => Int) focusLosses!: number;
  @Field(() => [SimilarityMatch], { description: 'Signals for a human to judge, not verdicts.' })
  similar!: SimilarityMatch[];
}

@ObjectType()
export class CandidateReport {
  @Field(() => CandidateInvite) invite!: CandidateInvite;
  @Field() assessmentTitle!: string;
  @Field(() => String, { nullable: true }) endedBy!: string | null;
  @Field(() => Int) timeLimitSeconds!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Null until the session ends, and while any submission waits for a review.',
  })
  totalScore!: number | null;
  @Field({ description: 'A submission waits for a recruiter to accept or reject it.' })
  reviewRequired!: boolean;
  @Field(() => [ReportChallenge]) challenges!: ReportChallenge[];
  @Field(() => Integrity) integrity!: Integrity;
}
