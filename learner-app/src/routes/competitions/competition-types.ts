// The shapes the competition screens use, named for what they are: each is a generated type of
// a document in ./competitions.graphql.ts.
import type { LeaderboardEntryFieldsFragment, LeaderboardQuery } from '../../api/generated/graphql';

export type Entry = LeaderboardEntryFieldsFragment;
export type Board = LeaderboardQuery['leaderboard'];
