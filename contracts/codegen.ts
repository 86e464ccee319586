// `npm run codegen`: typed GraphQL documents for the learner app and the portal.
import { codegenConfig, pathsFromEnv } from './codegen/config';

export default codegenConfig(pathsFromEnv());
