package io.beacon.incident.oncall;

/** A team that owns services: its pages go to {@code channel}, addressed to whoever's turn it is in the rotation. */
public record Team(String name, String channel, Rotation rotation) {
}
