/**
 * Postmortem follow-through as pure logic, free of Spring, Axon and I/O: the org file
 * ({@link io.beacon.postmortem.followup.OrgFileReader} into an {@link io.beacon.postmortem.followup.OrgChart}: who
 * manages whom, which team, and the follow-up durations), the rules for action items
 * ({@link io.beacon.postmortem.followup.Priority} due offsets, the
 * {@link io.beacon.postmortem.followup.DeprioritisationPolicy}), the escalation ladder for an overdue action item or
 * an unpublished postmortem ({@link io.beacon.postmortem.followup.FollowUpLadder}) and the overdue figures managers
 * review ({@link io.beacon.postmortem.followup.OverdueFigures}). Aggregates and sagas elsewhere call into it; it
 * calls nothing outside the JDK and Jackson's tree model.
 */
package io.beacon.postmortem.followup;
