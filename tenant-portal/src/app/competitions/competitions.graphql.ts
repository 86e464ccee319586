// Documents of the hiring competition pages, typed by the code generator from the committed
// schema (`npm run codegen` writes ../core/generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  CancelHiringCompetitionDocument,
  CompetitionPipelineDocument,
  CreateHiringCompetitionDocument,
  ExtendHiringCompetitionDocument,
  FinalistAssessmentsDocument,
  HiringCompetitionDocument,
  HiringCompetitionsDocument,
  InviteCompetitionFinalistsDocument,
  PauseHiringCompetitionDocument,
  ResumeHiringCompetitionDocument,
} from '../core/generated/graphql';

/* GraphQL */ `
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
`;

/* GraphQL */ `
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
`;
export const HIRING_COMPETITIONS = HiringCompetitionsDocument;

/* GraphQL */ `
  mutation CreateHiringCompetition($input: CompetitionScheduleInput!) {
    createHiringCompetition(input: $input) {
      id
    }
  }
`;
export const CREATE_HIRING_COMPETITION = CreateHiringCompetitionDocument;

/* GraphQL */ `
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
`;
export const HIRING_COMPETITION = HiringCompetitionDocument;

/* GraphQL */ `
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
`;
export const COMPETITION_PIPELINE = CompetitionPipelineDocument;

/* GraphQL */ `
  query FinalistAssessments {
    assessments {
      id
      title
      status
      kind
    }
  }
`;
export const FINALIST_ASSESSMENTS = FinalistAssessmentsDocument;

/* GraphQL */ `
  mutation PauseHiringCompetition($id: ID!) {
    pauseHiringCompetition(competitionId: $id) {
      id
    }
  }
`;
export const PAUSE_HIRING_COMPETITION = PauseHiringCompetitionDocument;

/* GraphQL */ `
  mutation ResumeHiringCompetition($id: ID!) {
    resumeHiringCompetition(competitionId: $id) {
      id
    }
  }
`;
export const RESUME_HIRING_COMPETITION = ResumeHiringCompetitionDocument;

/* GraphQL */ `
  mutation ExtendHiringCompetition($id: ID!, $minutes: Int!) {
    extendHiringCompetition(competitionId: $id, minutes: $minutes) {
      id
    }
  }
`;
export const EXTEND_HIRING_COMPETITION = ExtendHiringCompetitionDocument;

/* GraphQL */ `
  mutation CancelHiringCompetition($id: ID!) {
    cancelHiringCompetition(competitionId: $id) {
      id
    }
  }
`;
export const CANCEL_HIRING_COMPETITION = CancelHiringCompetitionDocument;

/* GraphQL */ `
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
`;
export const INVITE_COMPETITION_FINALISTS = InviteCompetitionFinalistsDocument;
