// Competitions' documents, typed by `npm run codegen` from the committed schema.
import { graphql } from '../../api/generated';

graphql(`
  fragment CompetitionSummaryFields on Competition {
    id
    title
    kind
    phase
    startsAt
    endsAt
    entrants
    registered
  }
`);

graphql(`
  fragment LeaderboardEntryFields on LeaderboardEntry {
    rank
    userId
    displayName
    points
    lastImprovementMs
  }
`);

export const COMPETITIONS = graphql(`
  query Competitions($when: CompetitionWhen!) {
    competitions(when: $when) {
      ...CompetitionSummaryFields
    }
  }
`);

export const COMPETITION = graphql(`
  query Competition($id: ID!) {
    competition(id: $id) {
      ...CompetitionSummaryFields
      description
      registrationOpensAt
      freezeMinutes
      failedSubmitPenalty
      pausedAt
      consentNotice
      challenges {
        position
        challengeId
        slug
        title
        language
        difficulty
        maxPoints
        solved
      }
    }
  }
`);

export const BOARD = graphql(`
  query Leaderboard($id: ID!) {
    leaderboard(competitionId: $id, first: 10) {
      frozen
      total
      entries {
        ...LeaderboardEntryFields
      }
    }
  }
`);

export const AROUND_ME = graphql(`
  query LeaderboardAroundMe($id: ID!) {
    leaderboardAroundMe(competitionId: $id, radius: 2) {
      frozen
      total
      entries {
        ...LeaderboardEntryFields
      }
    }
  }
`);

export const BOARD_CHANGED = graphql(`
  subscription LeaderboardChanged($id: ID!) {
    leaderboardChanged(competitionId: $id) {
      phase
      frozen
      changed
      top {
        ...LeaderboardEntryFields
      }
    }
  }
`);

export const REGISTER = graphql(`
  mutation RegisterForCompetition($id: ID!, $consent: Boolean!) {
    registerForCompetition(competitionId: $id, consent: $consent) {
      id
      registered
      entrants
    }
  }
`);

export const START_COMPETITION_ATTEMPT = graphql(`
  mutation StartCompetitionAttempt($slug: String!) {
    startAttempt(slug: $slug) {
      id
    }
  }
`);

export const SUBMIT_COMPETITION_ATTEMPT = graphql(`
  mutation SubmitCompetitionAttempt($id: ID!, $attemptId: ID!) {
    submitCompetitionAttempt(competitionId: $id, attemptId: $attemptId) {
      correctnessPermille
      counts
      points
    }
  }
`);

export const MY_RATING = graphql(`
  query MyRating {
    myRating {
      rating
      contests
      history {
        competitionId
        competitionTitle
        rank
        ratingBefore
        ratingAfter
      }
    }
  }
`);
