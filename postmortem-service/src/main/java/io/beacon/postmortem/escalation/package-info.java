/**
 * Running a {@link io.beacon.postmortem.followup.FollowUpLadder} on Axon's persistent deadlines, for any aggregate
 * with one owner and a deadline (an action item, a postmortem's publish deadline): which step is next, scheduling it,
 * recognising a stale deadline. The aggregates decide what each step means and which event records it.
 */
package io.beacon.postmortem.escalation;
