/**
 * The postmortem: an event-sourced {@link io.beacon.postmortem.postmortem.Postmortem}, drafted once per incident
 * from its resolution ({@link io.beacon.postmortem.postmortem.PostmortemDrafting}), edited section by section with
 * each author recorded, and published only past the {@link io.beacon.postmortem.postmortem.BlamelessLanguagePolicy}
 * or with a recorded override. Commands and events are the records of this package. No Spring here: Axon's
 * annotations only.
 */
package io.beacon.postmortem.postmortem;
