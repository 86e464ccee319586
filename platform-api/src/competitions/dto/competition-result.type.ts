import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many of the entrant’s graded submits got each integrity verdict.' })
export class CompetitionIntegrityCounts {
  @Field(() => Int) clean!: number;
  @Field(() => Int) flagged!: number;
  @Field(() => Int) tampered!: number;
  @Field(() => Int, { description: 'Flagged or tampered submits still waiting for a person.' })
  reviewPending!: number;
}

@ObjectType({
  description:
    "An entrant's standing in a hiring competition, on their pipeline row: null until the competition is final.",
})
export class CompetitionResult {
  @Field(() => ID) competitionId!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Shared by equal scores; null when not on the final board.',
  })
  rank!: number | null;
  @Field(() => Int) points!: number;
  @Field(() => Int, { description: 'Challenges with a fully correct, counted submit.' })
  solved!: number;
  @Field(() => Int) challenges!: number;
  @Field(() => Int) submits!: number;
  @Field(() => CompetitionIntegrityCounts) integrity!: CompetitionIntegrityCounts;
  @Field() endedAt!: Date;
}
