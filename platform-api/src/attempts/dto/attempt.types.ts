import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../catalog/dto/challenge.types';

export enum AttemptStatus {
  IN_PROGRESS = 'in_progress',
  SUBMITTED = 'submitted',
}
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });

export enum RunStatus {
  PASS = 'pass',
  FAIL = 'fail',
  ERROR = 'error',
  TIMEOUT = 'timeout',
  /** A graded run whose planted canaries came back wrong: its results cannot be trusted. */
  TAMPERED = 'tampered',
}
registerEnumType(RunStatus, { name: 'RunStatus' });

export enum TestStatus {
  PASS = 'pass',
  FAIL = 'fail',
  ERROR = 'error',
  SKIPPED = 'skip',
}
registerEnumType(TestStatus, { name: 'TestStatus' });

@InputType()
export class FileInput {
  @Field()
  path!: string;

  @Field()
  content!: string;
}

@ObjectType()
export class TestResult {
  @Field()
  name!: string;

  @Field(() => TestStatus)
  status!: TestStatus;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => String, { nullable: true })
  output!: string | null;

  @Field(() => Float, { nullable: true })
  durationMs!: number | null;
}

@ObjectType()
export class LimitHit {
  @Field({ description: 'cpu, wall, memory, output, processes or fileSize' })
  kind!: string;

  @Field(() => Float)
  limit!: number;

  @Field()
  unit!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class Run {
  @Field(() => ID)
  id!: string;

  @Field()
  suite!: string;

  @Field(() => RunStatus)
  status!: RunStatus;

  @Field(() => Int)
  passed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { description: 'How many tests the run reported.' })
  total!: number;

  @Field({
    description:
      'True for hidden-suite runs: counts and status only; test names, messages and output are for staff (the report).',
  })
  redacted!: boolean;

  @Field(() => [TestResult], { description: 'Empty when redacted.' })
  tests!: TestResult[];

  @Field()
  stdout!: string;

  @Field()
  stderr!: string;

  @Field(() => Float)
  durationMs!: number;

  @Field(() => LimitHit, { nullable: true })
  limitHit!: LimitHit | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class ScoreBreakdown {
  @Field(() => Float)
  correctness!: number;

  @Field(() => Float)
  timeFactor!: number;

  @Field(() => Float)
  hintPenalty!: number;

  @Field(() => Float)
  efficiency!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType()
export class Submission {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Null while withheld: the run needs a person to review it (reviewRequired).',
  })
  score!: number | null;

  @Field({
    description:
      'True when the submission could not be scored automatically and waits for (or failed) a review; no score is shown.',
  })
  reviewRequired!: boolean;

  @Field(() => ScoreBreakdown, { nullable: true, description: 'Null while withheld.' })
  breakdown!: ScoreBreakdown | null;

  @Field(() => Int)
  hiddenPassed!: number;

  @Field(() => Int)
  hiddenTotal!: number;

  @Field()
  createdAt!: Date;
}

/**
 * An attempt's own fields. The heavier ones (challenge, files, hints, runs, submission) are
 * resolved only when asked for: see attempt-fields.resolver.ts.
 */
@ObjectType()
export class Attempt {
  @Field(() => ID)
  id!: string;

  @Field(() => AttemptStatus)
  status!: AttemptStatus;

  @Field()
  startedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType()
export class AttemptConnection {
  @Field(() => [Attempt])
  nodes!: Attempt[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
