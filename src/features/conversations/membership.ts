// The pending-invitation rule, once: a membership row with role "invited" is an invitation, not a
// membership — it grants no reading, sending or member listing until accepted (by joining).
export interface MembershipLike {
  role: string;
}

/** A member proper (any role but an open invitation). */
export function isMember(m: MembershipLike | null | undefined): boolean {
  return !!m && m.role !== 'invited';
}

/** An open invitation. */
export function isInvited(m: MembershipLike | null | undefined): boolean {
  return !!m && m.role === 'invited';
}
