import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssessmentStatus } from '../../generated/prisma/enums';

registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });

@ObjectType()
export class AssessmentChallenge {
  @Field(() => Int) position!: number;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() language!: string;
  @Field(() => Int) difficulty!: number;
  @Field(() => Int) estimatedMinutes!: number;
  @Field({ description: "One of the company's own challenges." }) private!: boolean;
}

@ObjectType()
export class Assessment {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() instructions!: string;
  @Field(() => Int) timeLimitMinutes!: number;
  @Field() hintsAllowed!: boolean;
  @Field(() => Int, { description: 'Points off the score per hint seen.' }) hintPenalty!: number;
  @Field(() => AssessmentStatus) status!: AssessmentStatus;
  @Field({
    description:
      "'assessment', 'career_page' for an embed key's applicants, or 'competition' for a hiring competition's entrants.",
  })
  kind!: string;
  @Field(() => [AssessmentChallenge]) challenges!: AssessmentChallenge[];
  @Field(() => Int) candidateCount!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class AssessmentInput {
  @Field() title!: string;
  @Field() instructions!: string;
  @Field(() => Int, { description: '1 to 600.' }) timeLimitMinutes!: number;
  @Field() hintsAllowed!: boolean;
  @Field(() => Int, { description: '0 to 50 points per hint.' }) hintPenalty!: number;
  @Field(() => [String], { description: '1 to 10 slugs, in order: catalog or your own.' })
  challengeSlugs!: string[];
}
