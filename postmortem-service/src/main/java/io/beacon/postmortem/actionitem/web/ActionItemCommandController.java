package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.ActionItemCompleted;
import io.beacon.postmortem.actionitem.ActionItemCreated;
import io.beacon.postmortem.actionitem.ActionItemDeprioritised;
import io.beacon.postmortem.actionitem.ActionItemDetails;
import io.beacon.postmortem.actionitem.ActionItemReopened;
import io.beacon.postmortem.actionitem.ActionItemRescheduled;
import io.beacon.postmortem.actionitem.ActionItemStarted;
import io.beacon.postmortem.actionitem.CompleteActionItem;
import io.beacon.postmortem.actionitem.CreateActionItem;
import io.beacon.postmortem.actionitem.DeprioritiseActionItem;
import io.beacon.postmortem.actionitem.IncidentContext;
import io.beacon.postmortem.actionitem.ReopenActionItem;
import io.beacon.postmortem.actionitem.RescheduleActionItem;
import io.beacon.postmortem.actionitem.StartActionItem;
import io.beacon.postmortem.postmortem.DescribeForActionItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Changes to action items, as commands the aggregate decides on its own state; the caller's token subject is the
 * actor recorded. Each answers with what was recorded, read from the event store, not the (later) read model.
 */
@RestController
@Tag(name = "Action items")
@SecurityRequirement(name = "bearer")
class ActionItemCommandController {

    private final CommandGateway commands;
    private final RecordedEvents recorded;
    private final Clock clock = Clock.systemUTC();

    ActionItemCommandController(CommandGateway commands, RecordedEvents recorded) {
        this.commands = commands;
        this.recorded = recorded;
    }

    @PostMapping("/api/postmortems/{id}/action-items")
    @Operation(summary = "Add an action item to a postmortem (any role); 201 with its id (ai-…)")
    ResponseEntity<ActionItemView> create(@PathVariable String id,
                                          @RequestBody(required = false) NewActionItem body, Authentication caller) {
        IncidentContext context = ActionItemCommands.send(commands, new DescribeForActionItem(id),
                () -> NotFound.postmortem(id));
        NewActionItem request = body != null ? body : new NewActionItem(null, null, null, null, null, null, null);
        ActionItemDetails details = request.details(clock.instant());
        String itemId = "ai-" + UUID.randomUUID();
        ActionItemCommands.send(commands, new CreateActionItem(itemId, context, details, caller.getName()),
                () -> NotFound.postmortem(id));
        ActionItemView created = ActionItemView.of(recorded.last(itemId, ActionItemCreated.class));
        return ResponseEntity.created(URI.create("/api/action-items/" + itemId)).body(created);
    }

    @PostMapping("/api/action-items/{id}/start")
    @Operation(summary = "Open → in progress (any role)")
    ActionItemStarted start(@PathVariable String id, Authentication caller) {
        ActionItemCommands.send(commands, new StartActionItem(id, caller.getName()), () -> NotFound.actionItem(id));
        return recorded.last(id, ActionItemStarted.class);
    }

    @PostMapping("/api/action-items/{id}/completion")
    @Operation(summary = "Done (any role); its follow-up ladder stops. Optional note")
    ActionItemCompleted complete(@PathVariable String id, @RequestBody(required = false) CompletionRequest body,
                                 Authentication caller) {
        return ActionItemCommands.send(commands, new CompleteActionItem(id, caller.getName(),
                body == null ? null : body.note()), () -> NotFound.actionItem(id));
    }

    @PostMapping("/api/action-items/{id}/deprioritisation")
    @Operation(summary = "Won't do (no newDueAt) or due past the priority's limit, with a risk acceptance approved"
            + " by a manager of the owner (role manager)")
    Deprioritisation deprioritise(@PathVariable String id, @RequestBody(required = false) DeprioritisationRequest body,
                                  Authentication caller) {
        DeprioritisationRequest request = body != null ? body : new DeprioritisationRequest(null, null, null);
        ActionItemDeprioritised event = ActionItemCommands.send(commands, new DeprioritiseActionItem(id,
                        request.parsedNewDueAt(), request.riskAcceptance(), request.approvedBy(), caller.getName()),
                () -> NotFound.actionItem(id));
        return Deprioritisation.of(event);
    }

    @PostMapping("/api/action-items/{id}/reopening")
    @Operation(summary = "Open a done or won't-do item again (any role). Optional reason")
    Reopening reopen(@PathVariable String id, @RequestBody(required = false) ReopeningRequest body,
                     Authentication caller) {
        ActionItemCommands.send(commands, new ReopenActionItem(id, caller.getName(), body == null ? null
                : body.reason()), () -> NotFound.actionItem(id));
        return Reopening.of(recorded.last(id, ActionItemReopened.class));
    }

    @PatchMapping("/api/action-items/{id}")
    @Operation(summary = "Move the due date within the priority's limit (any role)")
    Rescheduling reschedule(@PathVariable String id, @RequestBody(required = false) RescheduleRequest body,
                            Authentication caller) {
        List<String> problems = new ArrayList<>();
        var due = Requests.instant("dueAt", body == null ? null : body.dueAt(), problems);
        if (problems.isEmpty() && due == null) {
            problems.add("dueAt is required: " + Requests.INSTANT);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        ActionItemCommands.send(commands, new RescheduleActionItem(id, due, caller.getName()),
                () -> NotFound.actionItem(id));
        return Rescheduling.of(recorded.last(id, ActionItemRescheduled.class));
    }
}
