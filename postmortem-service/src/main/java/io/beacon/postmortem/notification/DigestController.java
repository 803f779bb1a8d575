package io.beacon.postmortem.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Sends this week's digest now, for a trial run or a manager who wants it before Monday. The same keys as the
 * scheduled run: a digest already recorded this week is not sent again, whoever asks.
 */
@RestController
@RequestMapping("/api/digests")
@Tag(name = "Digests")
class DigestController {

    /** What a run covered; {@code key} is the outbox key, so a repeated run names the same ones. */
    record Digest(String manager, String week, int overdueItems, int acceptedRisks, String key) {
    }

    private final DigestSender sender;

    DigestController(DigestSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Send this week's manager digests now (each at most once per ISO week)")
    List<Digest> send() {
        return sender.send().stream().map(d -> new Digest(d.manager(), d.week(), d.overdueItems(), d.acceptedRisks(),
                d.message().key())).toList();
    }
}
