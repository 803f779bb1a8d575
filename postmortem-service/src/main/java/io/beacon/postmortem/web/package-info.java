/**
 * The postmortem HTTP API ({@code /api/postmortems}): reads from the view, edits and publication as commands to
 * the aggregate, with the caller's token subject as the author. Errors as RFC 9457 problem details.
 */
package io.beacon.postmortem.web;
