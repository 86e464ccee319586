// Generated from ats-v1.json by `npm run generate -w @fixpoint/openapi`. Do not edit.
export type paths = {
    "/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assessments
         * @description Published assessments, newest first.
         */
        get: operations["listAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assessment
         * @description One published assessment with its challenges.
         */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/greenhouse/v1/list_tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Greenhouse: list tests
         * @description Greenhouse's `list_tests`: the company's published assessments as one bare array (no pagination), each `partner_test_id` an assessment id.
         */
        get: operations["greenhouseListTests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/greenhouse/v1/response_error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Greenhouse: report a bad response
         * @description Greenhouse's `response_error`: one of our answers did not validate on its side. Kept in the Integrations page's call log.
         */
        post: operations["greenhouseResponseError"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/greenhouse/v1/send_test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Greenhouse: send a test
         * @description Greenhouse's `send_test`: invites the candidate (the invitation mail) and answers the test instance's id. Idempotent on Greenhouse's callback `url` (no Idempotency-Key: Greenhouse sends none): the same URL again answers the same `partner_interview_id` and invites nobody. Parsed tolerantly: unknown fields are ignored, missing values may be null, and `url` may be at the top level or inside `candidate` (older versions of Greenhouse's docs). When the result is final, Fixpoint PATCHes `url` (no body, the same Basic key) and Greenhouse calls `test_status`.
         */
        post: operations["greenhouseSendTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/greenhouse/v1/test_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Greenhouse: test status
         * @description Greenhouse's `test_status`. `partner_status` is `complete` only when the result is final: a result withheld for an integrity review stays `under_review` (no score, no profile URL) until a recruiter decides. `partner_profile_url` opens the report in the portal for a signed-in recruiter.
         */
        get: operations["greenhouseTestStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations
         * @description Invitations, newest first, filtered.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite a candidate
         * @description Invites a candidate to a published assessment and e-mails them their link. Creating an invitation with an external reference that already has one on the same assessment returns that invitation (200) instead of a new one (201).
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invitation
         * @description One invitation and where the candidate is.
         */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an invitation
         * @description The candidate's link stops working. Only before the candidate starts; cancelling twice answers the cancelled invitation.
         */
        post: operations["cancelInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invitation's result
         * @description Status, total and per-challenge scores, the report URL and integrity findings. A result withheld for an integrity review has status `under_review` and no scores until a recruiter decides.
         */
        get: operations["getInvitationResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lever/v1/oauth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lever: OAuth callback
         * @description Where Lever's authorize page sends a company's Super Admin back (authorization code grant). The single-use `state` names the company; the code becomes sealed access and refresh tokens. Always answers a redirect to the portal's Integrations page with `?lever=connected`, or with the error.
         */
        get: operations["leverOAuthCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lever/v1/webhooks/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lever: candidate stage change
         * @description Lever's candidateStageChange webhook for one company. Refused: a forged signature (401 FORGED), a stale `triggeredAt` (400 STALE), a token already received (409 REPLAYED), a company without Lever connected (404 NOT_CONNECTED). Otherwise the opportunity is re-read from Lever and, when its stage is mapped to an assessment, the candidate is invited once per opportunity and stage; the result goes back as a tag, a note and an optional stage move. Logged in the Integrations page's call log once the signature verified.
         */
        post: operations["leverStageChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document
         * @description The OpenAPI 3.1 document of this API. No key needed.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Newest first. Secrets are never shown again.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description The answer carries the signing secret, shown this once.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Remove a webhook endpoint
         * @description No more events are sent to it; deliveries under way stop.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workday/v1/orders/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Workday: assessment order
         * @description The order a company's Workday integration sends. Resolved with Get_Assess_Candidate, the candidate is invited once per Assessment_ID (a repeat answers 200 with the same invitation) and Workday hears Assess_Candidate with the company's `invited` status; then `in progress` once the candidate begins, and `completed` with the result. Logged in the Integrations page's call log once the secret was right.
         */
        post: operations["workdayOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    "assessment.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * assessment.completed
         * @description The candidate's session ended (submitted or timed out); the report is ready. `reviewRequired` means scores wait for an integrity decision. Signed: `Fixpoint-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
         */
        post: operations["webhook_assessment_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * invitation.cancelled
         * @description The invitation was cancelled. Signed: `Fixpoint-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
         */
        post: operations["webhook_invitation_cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * invitation.created
         * @description An invitation was created through this API. Signed: `Fixpoint-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
         */
        post: operations["webhook_invitation_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * invitation.expired
         * @description The invitation expired before its candidate began (announced once, within a minute). Signed: `Fixpoint-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
         */
        post: operations["webhook_invitation_expired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "result.decided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * result.decided
         * @description A recruiter accepted or rejected a result withheld for integrity review. Signed: `Fixpoint-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
         */
        post: operations["webhook_result_decided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.started
         * @description The candidate began the assessment. Signed: `Fixpoint-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
         */
        post: operations["webhook_session_started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        Assessment: {
            challenges: {
                difficulty: number;
                language: string;
                position: number;
                slug: string;
                title: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            timeLimitMinutes: number;
            title: string;
        };
        /**
         * @description The ATS, e.g. greenhouse, lever, workday.
         * @example greenhouse
         */
        AtsName: string;
        CandidateInput: {
            /** Format: email */
            email: string;
            firstName: string;
            lastName: string;
        };
        ExternalReference: {
            /** @description The ATS's application (Greenhouse application, Lever opportunity, Workday job application). */
            applicationId: string;
            ats: components["schemas"]["AtsName"];
            /**
             * Format: uri
             * @description The candidate's profile in the ATS.
             */
            profileUrl?: string | null;
        };
        GreenhousePartnerTest: {
            /** Format: uuid */
            partner_test_id: string;
            partner_test_name: string;
        };
        GreenhouseResponseError: {
            api_call: string;
            candidate_email?: string | null;
            errors: string[];
            partner_interview_id?: string | null;
            partner_test_id?: string | null;
            partner_test_name?: string | null;
        };
        /** @description Greenhouse may add properties at any time: they are ignored. */
        GreenhouseSendTest: {
            candidate: {
                /** Format: email */
                email: string;
                first_name: string;
                greenhouse_profile_url?: string | null;
                last_name: string;
                phone_number?: string | null;
                preferred_name?: string | null;
                resume_url?: string | null;
                /**
                 * Format: uri
                 * @description The callback URL, where older versions put it.
                 */
                url?: string | null;
            };
            partner_test_id: string | number;
            sent_by?: string | null;
            /**
             * Format: uri
             * @description Where to PATCH when the test is complete.
             */
            url?: string | null;
        };
        GreenhouseSendTestAnswer: {
            /** Format: uuid */
            partner_interview_id: string;
        };
        GreenhouseTestStatus: {
            /** @description Flat: every value a primitive. */
            metadata: {
                [key: string]: string | number | boolean | null;
            };
            /** Format: uri */
            partner_profile_url: string | null;
            partner_score: number | null;
            /** @description `complete`, or pending, in_progress, under_review, cancelled, expired */
            partner_status: string;
        };
        Invitation: {
            /** Format: uuid */
            assessmentId: string;
            candidate: {
                email: string;
                name: string | null;
            };
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            externalReference: components["schemas"]["ExternalReference"] | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startedAt: string | null;
            status: components["schemas"]["InvitationStatus"];
        };
        InvitationCreate: {
            /** Format: uuid */
            assessmentId: string;
            candidate: components["schemas"]["CandidateInput"];
            /** @default 7 */
            expiresInDays: number;
            externalReference?: components["schemas"]["ExternalReference"];
        };
        /** @enum {string} */
        InvitationStatus: "invited" | "started" | "completed" | "expired" | "cancelled";
        LeverDeliveryAnswer: {
            detail: string;
            /** Format: uuid */
            invitationId?: string;
            /**
             * @description `invited`: the stage is mapped to an assessment and the candidate is invited (once per opportunity and stage); `ignored`: nothing to do (unmapped stage, archived opportunity, no e-mail).
             * @enum {string}
             */
            outcome: "invited" | "ignored";
            /** @constant */
            status: 200;
        };
        /** @description Lever's candidateStageChange webhook delivery. `signature` is HMAC-SHA256 of `token` + `triggeredAt` with the company's Lever signature token; it does not cover `data`, so the opportunity is re-read from Lever's API before anything is done. */
        LeverStageChange: {
            data?: {
                fromStageId?: string | null;
                opportunityId?: string | null;
                toStageId?: string | null;
            };
            /** @example candidateStageChange */
            event: string;
            signature: string;
            /** @description Unique per delivery: a token seen before is a replay (409). */
            token: string;
            /** @description Milliseconds since the epoch; older than LEVER_WEBHOOK_MAX_AGE_SECONDS is refused (400). */
            triggeredAt: number;
        };
        /** @description An RFC 9457 problem document. */
        Problem: {
            /** @description A stable error code, e.g. VALIDATION_FAILED, MALFORMED_JSON, PAYLOAD_TOO_LARGE, KEY_INVALID, SCOPE_MISSING, NOT_FOUND, IDEMPOTENCY_KEY_REUSED, URL_NOT_PUBLIC. */
            code: string;
            detail: string;
            /** @description With VALIDATION_FAILED: each bad field. */
            errors?: {
                detail: string;
                /**
                 * @description A JSON pointer (RFC 6901) into the request body, or `#/query/<name>` for a query parameter.
                 * @example /candidate/email
                 */
                pointer: string;
            }[];
            instance?: string;
            /** @description With SCOPE_MISSING: the scope the key lacks. */
            scope?: components["schemas"]["Scope"];
            status: number;
            title: string;
            /** Format: uri */
            type: string;
        };
        Result: {
            challenges: {
                position: number;
                /** @enum {string} */
                reviewStatus: "not_needed" | "pending" | "accepted" | "rejected" | "not_submitted";
                /** @description Null while withheld or not submitted. */
                score: number | null;
                slug: string;
                title: string;
            }[];
            /** Format: date-time */
            completedAt: string | null;
            integrity: {
                findings: {
                    challengePosition: number;
                    codes: string[];
                    /** @enum {string} */
                    verdict: "flagged" | "tampered";
                }[];
                /** @enum {string} */
                status: "clean" | "under_review" | "accepted" | "rejected";
            };
            /** Format: uuid */
            invitationId: string;
            /** @constant */
            maxScore: 100;
            /**
             * Format: uri
             * @description The candidate report in the Fixpoint portal (for the tenant's staff).
             */
            reportUrl: string | null;
            /** @description The total (0-100); null unless completed. */
            score: number | null;
            /**
             * @description `under_review`: ended, and a submission waits for a recruiter's integrity decision; no score is given until then.
             * @enum {string}
             */
            status: "pending" | "in_progress" | "completed" | "under_review" | "expired" | "cancelled";
        };
        /** @enum {string} */
        Scope: "assessments:read" | "candidates:write" | "results:read" | "webhooks:manage" | "ats:greenhouse" | "ats:lever" | "ats:workday";
        WebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            events: components["schemas"]["WebhookEventType"][];
            /** Format: uuid */
            id: string;
            url: string;
        };
        WebhookEndpointCreate: {
            description?: string;
            events: components["schemas"]["WebhookEventType"][];
            /**
             * Format: uri
             * @description Where events are POSTed: an http(s) URL of a public Internet host. A private, loopback, link-local, multicast or reserved address (127.0.0.0/8, 10.0.0.0/8, 169.254.0.0/16, ::1, fc00::/7, …) or a local-only name (localhost, *.internal, a single label) is refused with a 400 problem, code URL_NOT_PUBLIC; a user name or password in the URL with URL_INVALID. The name is resolved again at every delivery and an address that is no longer public is not called; redirects are never followed.
             */
            url: string;
        };
        /** @description A new endpoint with its signing secret, shown this once. */
        WebhookEndpointCreated: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            events: components["schemas"]["WebhookEventType"][];
            /** Format: uuid */
            id: string;
            /** @description The signing secret (`whsec_…`), shown only now. */
            secret: string;
            url: string;
        };
        WebhookEvent: {
            /** Format: date-time */
            createdAt: string;
            data: {
                /** Format: uuid */
                assessmentId?: string;
                /** @enum {string} */
                decision?: "accepted" | "rejected";
                externalReference?: components["schemas"]["ExternalReference"] | null;
                /** Format: uuid */
                invitationId: string;
                reviewRequired?: boolean;
                score?: number | null;
            };
            /**
             * Format: uuid
             * @description Deduplicate by this: a retried or re-sent delivery carries the same id.
             */
            id: string;
            type: components["schemas"]["WebhookEventType"];
        };
        /** @enum {string} */
        WebhookEventType: "invitation.created" | "session.started" | "assessment.completed" | "result.decided" | "invitation.expired" | "invitation.cancelled";
        /** @description UNCONFIRMED: the order a customer's Workday integration POSTs is configured per tenant, not fixed by Workday (connectors/workday/src/fixtures/unconfirmed-order.json and assumptions.ts are the one place that reads it). Other fields are ignored. */
        WorkdayOrder: {
            /** @description Workday's Assess_Candidate_Reference: keys the order (a repeat answers the same invitation). */
            Assessment_ID: string;
            Assessment_Status?: string | null;
            /** Format: email */
            Candidate_Email: string;
            Candidate_First_Name: string;
            Candidate_ID: string;
            Candidate_Last_Name: string;
            Job_Requisition_ID?: string | null;
        };
        WorkdayOrderAnswer: {
            detail: string;
            /** Format: uuid */
            invitationId: string;
        };
    };
    responses: {
        /** @description Bad request: a parameter or the body is invalid (VALIDATION_FAILED, with a JSON pointer per field), the body is not JSON at all (MALFORMED_JSON, pointer to the root; answered before the key is checked), or a POST came without an Idempotency-Key (IDEMPOTENCY_KEY_MISSING). */
        Problem400: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid API key (KEY_INVALID). */
        Problem401: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The key lacks the scope this needs (SCOPE_MISSING, naming it). */
        Problem403: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in your tenant (NOT_FOUND). */
        Problem404: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A conflict: the Idempotency-Key's first request is still being processed (IDEMPOTENCY_KEY_IN_FLIGHT; retry later), or the state forbids it (e.g. INVITATION_STARTED, ALREADY_INVITED). */
        Problem409: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 2 MB (PAYLOAD_TOO_LARGE); refused before the key is checked. */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The Idempotency-Key was used with another request: another body, method or path (IDEMPOTENCY_KEY_REUSED). */
        Problem422: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Over the key's rate limit (RATE_LIMITED); wait Retry-After seconds. */
        Problem429: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        AssessmentId: string;
        /** @description The `nextCursor` of the previous page. */
        Cursor: string;
        EndpointId: string;
        /** @description A unique value per operation (a UUID), as in draft-ietf-httpapi-idempotency-key-header. A repeat with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body or path is a 422 `IDEMPOTENCY_KEY_REUSED`; a repeat while the first is still being processed is a 409 `IDEMPOTENCY_KEY_IN_FLIGHT`. Keys are kept 24 hours from the first request, then deleted: after that the same key starts a new operation. */
        IdempotencyKey: string;
        InvitationId: string;
        /** @description Items per page (1-100). */
        Limit: number;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per window for this API key. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listAssessments: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page (1-100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assessments. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Assessment"][];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    getAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assessmentId: components["parameters"]["AssessmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    greenhouseListTests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tests. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenhousePartnerTest"][];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    greenhouseResponseError: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GreenhouseResponseError"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: 200;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
        };
    };
    greenhouseSendTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GreenhouseSendTest"];
            };
        };
        responses: {
            /** @description The test instance. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenhouseSendTestAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
        };
    };
    greenhouseTestStatus: {
        parameters: {
            query: {
                /** @description The id send_test answered. */
                partner_interview_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenhouseTestStatus"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Only this assessment's. */
                assessmentId?: string;
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only this application's (with externalAts). */
                externalApplicationId?: string;
                /** @description Only invitations from this ATS. */
                externalAts?: components["schemas"]["AtsName"];
                /** @description Items per page (1-100). */
                limit?: components["parameters"]["Limit"];
                /** @description Only invitations in this status. */
                status?: components["schemas"]["InvitationStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invitations. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique value per operation (a UUID), as in draft-ietf-httpapi-idempotency-key-header. A repeat with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body or path is a 422 `IDEMPOTENCY_KEY_REUSED`; a repeat while the first is still being processed is a 409 `IDEMPOTENCY_KEY_IN_FLIGHT`. Keys are kept 24 hours from the first request, then deleted: after that the same key starts a new operation. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description The invitation that already has this external reference. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    /** @description The invitation's URL. */
                    Location?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    cancelInvitation: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique value per operation (a UUID), as in draft-ietf-httpapi-idempotency-key-header. A repeat with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body or path is a 422 `IDEMPOTENCY_KEY_REUSED`; a repeat while the first is still being processed is a 409 `IDEMPOTENCY_KEY_IN_FLIGHT`. Keys are kept 24 hours from the first request, then deleted: after that the same key starts a new operation. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled invitation. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getInvitationResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Result"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    leverOAuthCallback: {
        parameters: {
            query?: {
                /** @description The authorization code. */
                code?: string;
                /** @description Lever's error, when the admin declined. */
                error?: string;
                /** @description The single-use state Fixpoint put in the authorize URL. */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the portal's Integrations page: `?lever=connected`, or `?lever=<error>`. */
            302: {
                headers: {
                    /** @description The portal's Integrations page. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    leverStageChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id, in the URL the Integrations page shows. */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeverStageChange"];
            };
        };
        responses: {
            /** @description Received: invited, or nothing to do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeverDeliveryAnswer"];
                };
            };
            /** @description The body is not a stage-change delivery (INVALID, MALFORMED_JSON) or its triggeredAt is too old (STALE). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The signature does not match (FORGED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No Lever connection at this URL (NOT_CONNECTED). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This delivery's token was already received (REPLAYED). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["Problem413"];
            /** @description Lever or the platform is briefly unavailable (SERVICE_UNAVAILABLE): Lever retries. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page (1-100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique value per operation (a UUID), as in draft-ietf-httpapi-idempotency-key-header. A repeat with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body or path is a 422 `IDEMPOTENCY_KEY_REUSED`; a repeat while the first is still being processed is a 409 `IDEMPOTENCY_KEY_IN_FLIGHT`. Keys are kept 24 hours from the first request, then deleted: after that the same key starts a new operation. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description Created; keep the secret. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    workdayOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The company's id, in the URL the Integrations page shows. */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkdayOrder"];
            };
        };
        responses: {
            /** @description Already ordered: the same invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayOrderAnswer"];
                };
            };
            /** @description Invited. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayOrderAnswer"];
                };
            };
            /** @description The order's fields are invalid (BAD_USER_INPUT, naming each field's pointer) or the body is not JSON (MALFORMED_JSON). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid order secret (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["Problem413"];
            /** @description Workday could not resolve the order, its test is not mapped to an assessment, or a status has no Workday reference id yet (BAD_USER_INPUT). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Workday or the platform is briefly unavailable (SERVICE_UNAVAILABLE): retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhook_assessment_completed: {
        parameters: {
            query?: never;
            header: {
                "Fixpoint-Event-Id": string;
                "Fixpoint-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer (or none within 10 s) is retried with backoff for about three days. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_invitation_cancelled: {
        parameters: {
            query?: never;
            header: {
                "Fixpoint-Event-Id": string;
                "Fixpoint-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer (or none within 10 s) is retried with backoff for about three days. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_invitation_created: {
        parameters: {
            query?: never;
            header: {
                "Fixpoint-Event-Id": string;
                "Fixpoint-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer (or none within 10 s) is retried with backoff for about three days. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_invitation_expired: {
        parameters: {
            query?: never;
            header: {
                "Fixpoint-Event-Id": string;
                "Fixpoint-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer (or none within 10 s) is retried with backoff for about three days. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_result_decided: {
        parameters: {
            query?: never;
            header: {
                "Fixpoint-Event-Id": string;
                "Fixpoint-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer (or none within 10 s) is retried with backoff for about three days. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_session_started: {
        parameters: {
            query?: never;
            header: {
                "Fixpoint-Event-Id": string;
                "Fixpoint-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer (or none within 10 s) is retried with backoff for about three days. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
