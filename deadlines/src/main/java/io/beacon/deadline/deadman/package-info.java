/**
 * The dead-man's switch over the escalation machinery: a watchdog on its own thread (never inside db-scheduler, which
 * it watches) that notices when deadlines stop firing (a due {@code scheduled_tasks} row left unpicked, or the
 * recurring canary task no longer running) or a streaming processor stops advancing (events after its tokens while
 * its position stands still, or segments nobody has claimed). It reports through the {@code escalationMachinery}
 * health indicator (DOWN while tripped: part of readiness), the {@code beacon.deadman.*}, {@code beacon.deadlines.overdue}
 * and {@code beacon.processor.stalled_seconds} gauges, and one Slack message to the default team per trip episode
 * plus one when it recovers. The switch's state is shared in the {@code deadman_switch} table, so several instances
 * trip and recover it once, and the outbox key of each message names the episode.
 * Knows no domain: only db-scheduler's table, Axon's token and event tables, and a channel to tell.
 */
package io.beacon.deadline.deadman;
