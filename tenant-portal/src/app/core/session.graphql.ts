// The sign-in's own documents (SessionService), typed by `npm run codegen`.
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  AcceptTeamInviteDocument,
  LogInDocument,
  LogOutDocument,
  MyTenantsDocument,
  RefreshDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  RoleCapabilitiesDocument,
  SignUpCompanyDocument,
  VerifyEmailDocument,
} from './generated/graphql';

/* GraphQL */ `
  fragment SessionAuthFields on AuthPayload {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
    }
  }
`;

/* GraphQL */ `
  mutation Refresh($refreshToken: String!) {
    refresh(refreshToken: $refreshToken) {
      ...SessionAuthFields
    }
  }
`;
export const REFRESH = RefreshDocument;

/* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...SessionAuthFields
    }
  }
`;
export const LOG_IN = LogInDocument;

/* GraphQL */ `
  mutation LogOut($refreshToken: String!) {
    logOut(refreshToken: $refreshToken)
  }
`;
export const LOG_OUT = LogOutDocument;

/* GraphQL */ `
  mutation SignUpCompany($input: CompanySignUpInput!) {
    signUpCompany(input: $input) {
      email
      message
    }
  }
`;
export const SIGN_UP_COMPANY = SignUpCompanyDocument;

/* GraphQL */ `
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...SessionAuthFields
    }
  }
`;
export const VERIFY_EMAIL = VerifyEmailDocument;

/* GraphQL */ `
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email, app: PORTAL) {
      email
      message
    }
  }
`;
export const REQUEST_PASSWORD_RESET = RequestPasswordResetDocument;

/* GraphQL */ `
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...SessionAuthFields
    }
  }
`;
export const RESET_PASSWORD = ResetPasswordDocument;

/* GraphQL */ `
  mutation AcceptTeamInvite($input: AcceptTeamInviteInput!) {
    acceptTeamInvite(input: $input) {
      auth {
        ...SessionAuthFields
      }
      tenant {
        id
      }
    }
  }
`;
export const ACCEPT_TEAM_INVITE = AcceptTeamInviteDocument;

/* GraphQL */ `
  query MyTenants {
    myTenants {
      role
      tenant {
        id
        slug
        name
      }
    }
  }
`;
export const MY_TENANTS = MyTenantsDocument;

// The API's role table (role → capabilities): what the portal shows each role (role-table.ts).
/* GraphQL */ `
  query RoleCapabilities {
    roleCapabilities {
      role
      capabilities
    }
  }
`;
export const ROLE_CAPABILITIES = RoleCapabilitiesDocument;
