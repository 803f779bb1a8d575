package io.beacon.testkit;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The Slack stand-in's calls whose HTTP answer is being held back, to reproduce a client that dies (or times out)
 * while its call is in flight. A held exchange is simply parked, never waited on by a server thread, so the
 * stand-in keeps answering every other call meanwhile. Two ways to hold a method's calls:
 * <ul>
 *   <li>{@link Mode#ANSWER_LATER}: Slack did the work (the call is recorded, a post lands in its channel's history)
 *       and only the answer is lost on the way back;</li>
 *   <li>{@link Mode#FORGET}: the call never reached Slack: nothing is recorded or posted, the connection just hangs.</li>
 * </ul>
 * On {@link #releaseAll()} held answers are sent and forgotten exchanges are closed unanswered; either goes nowhere
 * when the client has gone meanwhile, which is the point.
 */
final class HeldResponses {

    enum Mode { ANSWER_LATER, FORGET }

    /** A parked exchange and the answer it gets on release (null: closed unanswered). */
    private record Parked(HttpExchange exchange, String answer) {
    }

    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final List<SlackStandIn.Call> held = new CopyOnWriteArrayList<>();
    private final List<Parked> parked = new ArrayList<>();

    void hold(String method, Mode mode) {
        modes.put(method, mode);
    }

    /**
     * Parks {@code exchange} when its method is being held; {@code carryOut} records the call and computes its answer
     * (run only for {@link Mode#ANSWER_LATER}). Returns false when the call is not held and should be answered now.
     */
    synchronized boolean park(SlackStandIn.Call call, HttpExchange exchange, Supplier<String> carryOut) {
        Mode mode = modes.get(call.method());
        if (mode == null) {
            return false;
        }
        held.add(call);
        parked.add(new Parked(exchange, mode == Mode.ANSWER_LATER ? carryOut.get() : null));
        return true;
    }

    /** Every call held so far, in arrival order, whether or not it has been released since. */
    List<SlackStandIn.Call> held() {
        return List.copyOf(held);
    }

    /** Stops holding and lets every parked exchange go. */
    void releaseAll() {
        List<Parked> toRelease;
        synchronized (this) {
            modes.clear();
            toRelease = List.copyOf(parked);
            parked.clear();
        }
        toRelease.forEach(HeldResponses::let);
    }

    void reset() {
        releaseAll();
        held.clear();
    }

    private static void let(Parked parked) {
        try (HttpExchange exchange = parked.exchange()) {
            if (parked.answer() != null) {
                byte[] bytes = parked.answer().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException | RuntimeException clientGone) {
            // the caller died or gave up while its call was held: exactly the situation being reproduced
        }
    }
}
