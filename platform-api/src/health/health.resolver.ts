import { Public } from '../common/access.decorators';
import { Field, Float, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { HealthService } from './health.service';

@ObjectType('DependencyHealth')
class DependencyHealthType {
  @Field()
  name!: string;

  @Field()
  ok!: boolean;

  @Field(() => Float)
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  error?: string;
}

@ObjectType('Health')
class HealthType {
  @Field()
  ok!: boolean;

  @Field(() => [DependencyHealthType])
  dependencies!: DependencyHealthType[];
}

@Resolver(() => HealthType)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Public()
  @Query(() => HealthType, { description: 'Whether the API and each of its dependencies answer.' })
  async health(): Promise<HealthType> {
    const { ok, checks } = await this.healthService.readiness();
    return { ok, dependencies: checks };
  }
}
