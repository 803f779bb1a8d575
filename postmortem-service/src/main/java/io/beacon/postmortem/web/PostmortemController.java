package io.beacon.postmortem.web;

import io.beacon.postmortem.actionitem.query.EarlierPostmortems;
import io.beacon.postmortem.postmortem.EditPostmortem;
import io.beacon.postmortem.postmortem.PostmortemPublished;
import io.beacon.postmortem.postmortem.PostmortemSections;
import io.beacon.postmortem.postmortem.PublishPostmortem;
import io.beacon.postmortem.query.PostmortemDocument;
import io.beacon.postmortem.query.PostmortemViewRepository;
import io.beacon.postmortem.query.PostmortemViewRow;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/**
 * Reads come from the view (a change shows a moment after its command returned); changes are commands, decided by
 * the aggregate on its own state, so a publication always checks the latest sections. The author is the caller's
 * token subject.
 */
@RestController
@RequestMapping("/api/postmortems")
class PostmortemController {

    private final PostmortemViewRepository views;
    private final CommandGateway commands;
    private final JsonMapper json;
    private final EarlierPostmortems earlier;
    private final Clock clock = Clock.systemUTC();

    PostmortemController(PostmortemViewRepository views, CommandGateway commands, JsonMapper json,
                         EarlierPostmortems earlier) {
        this.views = views;
        this.commands = commands;
        this.json = json;
        this.earlier = earlier;
    }

    @GetMapping
    List<PostmortemSummary> list() {
        return views.findAllByOrderByDraftedAtDesc().stream().map(PostmortemSummary::of).toList();
    }

    @GetMapping("/{id}")
    PostmortemDetail get(@PathVariable String id) {
        PostmortemViewRow row = views.findById(id).orElseThrow(() -> new PostmortemNotFound(id));
        return PostmortemDetail.of(row, json.readValue(row.getDocument(), PostmortemDocument.class),
                earlier.before(row, clock.instant()));
    }

    /** Any of the sections; those not given stay as they are. */
    @PatchMapping("/{id}")
    ResponseEntity<Void> edit(@PathVariable String id, @RequestBody PostmortemSections changes,
                              Authentication caller) {
        Commands.send(commands, id, new EditPostmortem(id, changes, caller.getName(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    /** Publishes, or answers 409 with the blameless check's flags unless the body gives an {@code override}. */
    @PostMapping("/{id}/publication")
    PostmortemPublished publish(@PathVariable String id, @RequestBody(required = false) PublicationRequest request,
                                Authentication caller) {
        String override = request == null ? null : request.override();
        return Commands.send(commands, id, new PublishPostmortem(id, override, caller.getName(), clock.instant()));
    }
}
