/** Redis pub/sub channels of the real-time fan-out; every API instance listens to the same. */
export const CHANNELS = {
  /** A competition's board changed (one message per recorded submit or registration). */
  board: (competitionId: string) => `rt:board:${competitionId}`,
  /** A competition submit's verdict, for its author only. */
  verdict: (userId: string) => `rt:verdict:${userId}`,
  /** A candidate session's state changed (candidate mode subscribes instead of polling). */
  session: (sessionId: string) => `rt:session:${sessionId}`,
} as const;

export interface BoardChange {
  competitionId: string;
  userId: string;
  score: number;
  points: number;
  phase: string;
  /** Epoch ms when the change was recorded (for latency measurement). */
  at: number;
}

export interface VerdictMessage {
  competitionId: string;
  submissionId: string;
  userId: string;
  challengeId: string;
  correctnessPermille: number;
  /** False while the submit's integrity review is pending: it scores nothing yet. */
  counts: boolean;
  points: number;
  at: number;
}
