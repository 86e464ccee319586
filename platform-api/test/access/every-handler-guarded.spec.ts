import { ModulesContainer } from '@nestjs/core';
import { IS_INTERNAL, IS_PUBLIC, REQUIRED_ABILITY } from '../../src/common/access.decorators';
import { ApiHarness } from '../support/api-harness';

// Nest's own metadata keys: a GraphQL resolver method, and an HTTP route handler.
const RESOLVER_TYPE = 'graphql:resolver_type';
const ROUTE_PATH = 'path';

/**
 * Every GraphQL operation and HTTP route is marked @Public() or @Internal(), or names the ability it
 * needs with @Can(). The global guard already refuses anonymous calls to unmarked handlers;
 * this makes the choice explicit for each one, so a new handler cannot skip the decision.
 */
describe('access declarations', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('marks every resolver and route handler @Public(), @Internal() or @Can()', () => {
    const handlers: { name: string; undecided: boolean }[] = [];
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
        const type = wrapper.metatype as (new (...args: never[]) => object) | undefined;
        if (!type?.prototype || wrapper.isAlias) continue;
        const isController = wrapper.instance && module.controllers.has(wrapper.token);
        for (const key of Object.getOwnPropertyNames(type.prototype)) {
          // Descriptors, not property reads: some framework classes have getters here.
          const method: unknown = Object.getOwnPropertyDescriptor(type.prototype, key)?.value;
          if (key === 'constructor' || typeof method !== 'function') continue;
          const isOperation =
            Reflect.getMetadata(RESOLVER_TYPE, method) !== undefined ||
            (isController && Reflect.getMetadata(ROUTE_PATH, method) !== undefined);
          if (!isOperation) continue;
          const decided = [IS_PUBLIC, REQUIRED_ABILITY, IS_INTERNAL].some(
            (k) =>
              Reflect.getMetadata(k, method) !== undefined ||
              Reflect.getMetadata(k, type) !== undefined,
          );
          handlers.push({ name: `${type.name}.${key}`, undecided: !decided });
        }
      }
    }
    // The scan found the operations we know of, so it is looking in the right place.
    expect(handlers.map((h) => h.name)).toEqual(
      expect.arrayContaining([
        'AccountResolver.signUp',
        'AttemptsResolver.submit',
        'HealthController.readyz',
      ]),
    );
    expect(handlers.filter((h) => h.undecided).map((h) => h.name)).toEqual([]);
  });
});
