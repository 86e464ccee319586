export const COMPETITIONS = `query($when: CompetitionWhen!) { competitions(when: $when) {
  id title kind phase startsAt endsAt entrants registered } }`;

export const COMPETITION = `query($id: ID!) { competition(id: $id) {
  id title description phase registrationOpensAt startsAt endsAt freezeMinutes failedSubmitPenalty
  entrants registered challenges { position challengeId slug title language difficulty maxPoints solved } } }`;

const ENTRY = 'rank userId displayName points lastImprovementMs';

export const BOARD = `query($id: ID!) {
  leaderboard(competitionId: $id, first: 10) { frozen total entries { ${ENTRY} } } }`;

export const AROUND_ME = `query($id: ID!) {
  leaderboardAroundMe(competitionId: $id, radius: 2) { frozen total entries { ${ENTRY} } } }`;

export const BOARD_CHANGED = `subscription($id: ID!) { leaderboardChanged(competitionId: $id) {
  phase frozen changed top { ${ENTRY} } } }`;

export const REGISTER = `mutation($id: ID!) { registerForCompetition(competitionId: $id) { id registered entrants } }`;

export const START_ATTEMPT = `mutation($slug: String!) { startAttempt(slug: $slug) { id } }`;

export const SUBMIT = `mutation($id: ID!, $attemptId: ID!) {
  submitCompetitionAttempt(competitionId: $id, attemptId: $attemptId) { correctnessPermille counts points } }`;

export const MY_RATING = `{ myRating { rating contests history { competitionId competitionTitle rank ratingBefore ratingAfter } } }`;

export interface Entry {
  rank: number;
  userId: string;
  displayName: string;
  points: number;
  lastImprovementMs: number | null;
}

export interface Board {
  frozen: boolean;
  total: number;
  entries: Entry[];
}

export interface CompetitionSummary {
  id: string;
  title: string;
  kind: string;
  phase: string;
  startsAt: string;
  endsAt: string;
  entrants: number;
  registered: boolean;
}

export interface CompetitionDetail extends CompetitionSummary {
  description: string;
  registrationOpensAt: string;
  freezeMinutes: number;
  failedSubmitPenalty: number;
  challenges: {
    position: number;
    challengeId: string;
    slug: string;
    title: string;
    language: string;
    difficulty: number;
    maxPoints: number;
    solved: boolean;
  }[];
}
