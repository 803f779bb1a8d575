/**
 * Spring and Axon wiring of the postmortem domain: {@code beacon.postmortems.*} properties, the blameless policy
 * and drafting rules as beans, the drafting of a postmortem on each applied resolution, handler-failure policy.
 */
package io.beacon.postmortem.config;
