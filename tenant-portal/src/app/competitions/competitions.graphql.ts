// Documents of the hiring competition pages, typed by the code generator from the committed
// schema (`npm run codegen` writes ../core/generated).
import { graphql } from '../core/generated';

graphql(`
  fragment HiringCompetitionFields on Competition {
    id
    title
    description
    registrationOpensAt
    startsAt
    endsAt
    freezeMinutes
    failedSubmitPenalty
    phase
    entrants
    pausedAt
    assessmentId
    challenges {
      position
      slug
      title
      maxPoints
    }
  }
`);

export const HIRING_COMPETITIONS = graphql(`
  query HiringCompetitions {
    hiringCompetitions {
      ...HiringCompetitionFields
    }
    challenges(first: 50) {
      nodes {
        slug
        title
        language
        difficulty
      }
    }
  }
`);

export const CREATE_HIRING_COMPETITION = graphql(`
  mutation CreateHiringCompetition($input: CompetitionScheduleInput!) {
    createHiringCompetition(input: $input) {
      id
    }
  }
`);

export const HIRING_COMPETITION = graphql(`
  query HiringCompetition($id: ID!) {
    competition(id: $id) {
      ...HiringCompetitionFields
    }
    leaderboard(competitionId: $id, first: 50) {
      total
      entries {
        rank
        userId
        displayName
        points
      }
    }
  }
`);

export const COMPETITION_PIPELINE = graphql(`
  query CompetitionPipeline($assessmentId: ID!) {
    candidates(assessmentId: $assessmentId) {
      id
      email
      name
      competition {
        rank
        points
        solved
        challenges
        integrity {
          clean
          flagged
          tampered
          reviewPending
        }
      }
    }
  }
`);

export const FINALIST_ASSESSMENTS = graphql(`
  query FinalistAssessments {
    assessments {
      id
      title
      status
      kind
    }
  }
`);

export const PAUSE_HIRING_COMPETITION = graphql(`
  mutation PauseHiringCompetition($id: ID!) {
    pauseHiringCompetition(competitionId: $id) {
      id
    }
  }
`);

export const RESUME_HIRING_COMPETITION = graphql(`
  mutation ResumeHiringCompetition($id: ID!) {
    resumeHiringCompetition(competitionId: $id) {
      id
    }
  }
`);

export const EXTEND_HIRING_COMPETITION = graphql(`
  mutation ExtendHiringCompetition($id: ID!, $minutes: Int!) {
    extendHiringCompetition(competitionId: $id, minutes: $minutes) {
      id
    }
  }
`);

export const CANCEL_HIRING_COMPETITION = graphql(`
  mutation CancelHiringCompetition($id: ID!) {
    cancelHiringCompetition(competitionId: $id) {
      id
    }
  }
`);

export const INVITE_COMPETITION_FINALISTS = graphql(`
  mutation InviteCompetitionFinalists($competitionId: ID!, $assessmentId: ID!, $top: Int!) {
    inviteCompetitionFinalists(
      competitionId: $competitionId
      assessmentId: $assessmentId
      top: $top
    ) {
      invited {
        email
        name
      }
      errors {
        email
        message
      }
    }
  }
`);
