import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReviewDecision {
  ACCEPT = 'accept',
  REJECT = 'reject',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'ACCEPT releases the computed score; REJECT counts the challenge as 0.',
});

export enum ReviewStatus {
  NOT_NEEDED = 'not_needed',
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  REJECTED = 'rejected',
}
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });

export enum IntegrityVerdict {
  CLEAN = 'clean',
  FLAGGED = 'flagged',
  TAMPERED = 'tampered',
}
registerEnumType(IntegrityVerdict, { name: 'IntegrityVerdict' });

/** One finding of a graded run with its evidence (staff only). */
@ObjectType()
export class IntegrityFinding {
  @Field({ description: 'test-set, canary, scan or separation' }) layer!: string;
  @Field({ description: 'Stable code, e.g. canary-passed, test-missing, scan-test-framework.' })
  code!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: "Scan: the solver's file." })
  file!: string | null;
  @Field(() => Int, { nullable: true, description: 'Scan: the 1-based line.' }) line!:
    number | null;
  @Field(() => String, { nullable: true, description: "Scan: the line's text." })
  excerpt!: string | null;
  @Field(() => String, { nullable: true, description: 'Canary / test-set: the test.' })
  test!: string | null;
  @Field(() => String, { nullable: true }) expected!: string | null;
  @Field(() => String, { nullable: true }) actual!: string | null;
}

/** A challenge's graded-run integrity and the person's decision on it. */
@ObjectType()
export class ChallengeIntegrity {
  @Field(() => ID) submissionId!: string;
  @Field(() => IntegrityVerdict) verdict!: IntegrityVerdict;
  @Field(() => [IntegrityFinding]) findings!: IntegrityFinding[];
  @Field(() => String, { nullable: true, description: 'Seed of the randomised hidden tests.' })
  seed!: string | null;
  @Field(() => Int, { description: 'Canaries planted in the graded run.' }) canaries!: number;
  @Field(() => ReviewStatus) reviewStatus!: ReviewStatus;
  @Field(() => String, { nullable: true, description: "The decider's name and email." })
  reviewedBy!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType()
export class IntegrityDecision {
  @Field(() => ID) submissionId!: string;
  @Field(() => ReviewStatus) reviewStatus!: ReviewStatus;
  @Field(() => Int, { nullable: true, description: 'The challenge score now counted.' })
  score!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "The assessment's total, null while another submission waits for review.",
  })
  totalScore!: number | null;
  @Field() reviewedAt!: Date;
}
