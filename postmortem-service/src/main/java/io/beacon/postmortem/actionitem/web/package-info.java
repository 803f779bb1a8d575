/**
 * The action-item HTTP API: {@code POST /api/postmortems/{id}/action-items}, {@code /api/action-items} (the
 * manager's review with its filters, changes as commands to the aggregate with the caller's token subject as the
 * actor), {@code /api/action-items/risk-backlog} and {@code /api/figures}. Reads come from the
 * {@code action_item_view} read model; errors are RFC 9457 problem details ({@link
 * io.beacon.postmortem.actionitem.web.ActionItemProblems}).
 */
package io.beacon.postmortem.actionitem.web;
