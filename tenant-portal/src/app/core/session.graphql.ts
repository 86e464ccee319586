// The sign-in's own documents (SessionService), typed by `npm run codegen`.
import { graphql } from './generated';

graphql(`
  fragment SessionAuthFields on AuthPayload {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
    }
  }
`);

export const REFRESH = graphql(`
  mutation Refresh($refreshToken: String!) {
    refresh(refreshToken: $refreshToken) {
      ...SessionAuthFields
    }
  }
`);

export const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...SessionAuthFields
    }
  }
`);

export const LOG_OUT = graphql(`
  mutation LogOut($refreshToken: String!) {
    logOut(refreshToken: $refreshToken)
  }
`);

export const SIGN_UP_COMPANY = graphql(`
  mutation SignUpCompany($input: CompanySignUpInput!) {
    signUpCompany(input: $input) {
      email
      message
    }
  }
`);

export const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...SessionAuthFields
    }
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email, app: PORTAL) {
      email
      message
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...SessionAuthFields
    }
  }
`);

export const ACCEPT_TEAM_INVITE = graphql(`
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
`);

export const MY_TENANTS = graphql(`
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
`);

// The API's role table (role → capabilities): what the portal shows each role (role-table.ts).
export const ROLE_CAPABILITIES = graphql(`
  query RoleCapabilities {
    roleCapabilities {
      role
      capabilities
    }
  }
`);
