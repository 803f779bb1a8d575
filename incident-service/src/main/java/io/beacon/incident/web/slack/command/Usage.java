package io.beacon.incident.web.slack.command;

import java.util.List;

/** The usage line of each sub-command, as {@code help} lists them. */
public final class Usage {

    static final String DECLARE = "/incident declare <service> <SEV1-4> <title…>";
    static final String ACK = "/incident ack [INC-n]";
    static final String COMMANDER = "/incident commander <@person> [INC-n]";
    static final String SEVERITY = "/incident severity <SEV1-4> [INC-n] [reason…]";
    static final String STATUS = "/incident status [INC-n] <investigating|identified|monitoring|resolved> <summary…>";
    static final String UPDATE = "/incident update [INC-n]";
    static final String RESOLVE = "/incident resolve [INC-n] [summary…]";
    static final String REOPEN = "/incident reopen [INC-n] [reason…]";
    static final String HELP = "/incident help";

    /** Every usage line, in the order a responder needs them. */
    public static final List<String> ALL = List.of(DECLARE, ACK, COMMANDER, SEVERITY, STATUS, UPDATE, RESOLVE,
            REOPEN, HELP);

    private Usage() {
    }
}
