import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class EmbedChallenge {
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => ID, { description: 'The career-page assessment its applicants are filed under.' })
  assessmentId!: string;
}

@ObjectType()
export class EmbedKey {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Public by design: it goes in your page. Bound to the origins below.' })
  publishableKey!: string;
  @Field(() => [String]) allowedOrigins!: string[];
  @Field(() => [EmbedChallenge]) challenges!: EmbedChallenge[];
  @Field(() => Int, { description: 'Applicants who started a challenge through this key.' })
  applicants!: number;
  @Field(() => Int, { description: 'Applicants who submitted.' }) submitted!: number;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
}

@InputType()
export class EmbedKeyInput {
  @Field() name!: string;
  @Field(() => [String], { description: 'Exact origins, e.g. https://careers.example.com.' })
  allowedOrigins!: string[];
  @Field(() => [String], { description: '1 to 10 challenge slugs the key may show.' })
  challengeSlugs!: string[];
}
