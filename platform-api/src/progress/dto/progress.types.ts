import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MasteryDimension {
  LANGUAGE = 'language',
  BUG_TYPE = 'bug_type',
}
registerEnumType(MasteryDimension, { name: 'MasteryDimension' });

@ObjectType()
export class Mastery {
  @Field(() => MasteryDimension)
  dimension!: MasteryDimension;

  @Field()
  key!: string;

  @Field(() => Float, { description: '0..1; never goes down.' })
  level!: number;

  @Field(() => Int)
  solved!: number;
}

@ObjectType()
export class Achievement {
  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  earnedAt!: Date;
}

@ObjectType()
export class Progress {
  @Field(() => [Mastery])
  mastery!: Mastery[];

  @Field(() => Int, { description: 'Consecutive days, up to today, with a submission.' })
  streakDays!: number;

  @Field(() => Int)
  longestStreakDays!: number;

  @Field(() => Int)
  solvedCount!: number;

  @Field(() => Int)
  attemptCount!: number;

  @Field(() => [Achievement])
  achievements!: Achievement[];
}
