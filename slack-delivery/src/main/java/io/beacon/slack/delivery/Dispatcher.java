package io.beacon.slack.delivery;

/** Carries out one claimed row; never throws for anything Slack or the network does. */
interface Dispatcher {

    Outcome dispatch(OutboxRow row);
}
