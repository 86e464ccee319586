import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SourceKind {
  GITHUB = 'github',
  SYNTHETIC = 'synthetic',
}
registerEnumType(SourceKind, { name: 'SourceKind' });

export enum ChallengeOrder {
  DIFFICULTY_ASC = 'DIFFICULTY_ASC',
  DIFFICULTY_DESC = 'DIFFICULTY_DESC',
  TITLE_ASC = 'TITLE_ASC',
  NEWEST = 'NEWEST',
  ESTIMATED_MINUTES_ASC = 'ESTIMATED_MINUTES_ASC',
}
registerEnumType(ChallengeOrder, { name: 'ChallengeOrder' });

@InputType()
export class ChallengeFilter {
  @Field(() => [String], { nullable: true })
  languages?: string[];

  @Field(() => [Int], { nullable: true })
  difficulties?: number[];

  @Field(() => [String], { nullable: true })
  bugTypes?: string[];

  @Field({ nullable: true })
  tag?: string;

  @Field({ nullable: true, description: 'Words to find in the title, brief or tags.' })
  text?: string;

  @Field(() => SourceKind, { nullable: true })
  sourceKind?: SourceKind;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType()
export class ChallengeSummary {
  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field()
  language!: string;

  @Field()
  framework!: string;

  @Field(() => Int)
  difficulty!: number;

  @Field(() => [String])
  bugTypes!: string[];

  @Field(() => [String])
  tags!: string[];

  @Field(() => Int)
  estimatedMinutes!: number;

  @Field(() => SourceKind)
  sourceKind!: SourceKind;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;
}

@ObjectType()
export class ChallengeConnection {
  @Field(() => [ChallengeSummary])
  nodes!: ChallengeSummary[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class File {
  @Field()
  path!: string;

  @Field()
  content!: string;

  @Field()
  editable!: boolean;
}

@ObjectType()
export class Limits {
  @Field(() => Int)
  cpuSeconds!: number;

  @Field(() => Int)
  wallSeconds!: number;

  @Field(() => Int)
  memoryMb!: number;
}

@ObjectType()
export class Hint {
  @Field(() => Int)
  level!: number;

  @Field()
  text!: string;
}

@ObjectType()
export class ChallengeDetail extends ChallengeSummary {
  @Field({ description: 'The brief, in Markdown.' })
  summary!: string;

  @Field()
  runtime!: string;

  @Field(() => [String])
  learningObjectives!: string[];

  @Field(() => Int)
  hintCount!: number;

  @Field(() => [File], { description: 'Starter files and visible tests; never hidden tests.' })
  files!: File[];

  @Field(() => Limits)
  limits!: Limits;
}
