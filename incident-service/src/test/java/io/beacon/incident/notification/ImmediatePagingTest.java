package io.beacon.incident.notification;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ImmediatePagingTest {

    private final List<String> recorded = new ArrayList<>();
    private final ImmediatePaging paging = new ImmediatePaging(pager(page -> recorded.add(page.messageKey())));

    @Test
    void aPageIsRecordedOnceTheDecisionHasCommittedNotBefore() {
        UnitOfWork<?> decision = DefaultUnitOfWork.startAndGet(null);
        // the subscribing processor handles the event in a unit of work nested in the command's
        UnitOfWork<?> handling = DefaultUnitOfWork.startAndGet(null);
        paging.on(Pages.paged(1, "U0ALICE"));
        handling.commit();
        assertThat(recorded).isEmpty();

        decision.commit();

        assertThat(recorded).containsExactly("page:inc-7f3a:1");
    }

    @Test
    void aDecisionRolledBackPagesNobody() {
        UnitOfWork<?> decision = DefaultUnitOfWork.startAndGet(null);
        paging.on(Pages.paged(2, "U0LEAD"));

        decision.rollback();

        assertThat(recorded).isEmpty();
    }

    @Test
    void aPageThatCannotBeRecordedAtOnceNeitherFailsNorUndoesTheDecision() {
        ImmediatePaging failing = new ImmediatePaging(pager(page -> {
            throw new IllegalStateException("database away");
        }));
        UnitOfWork<?> decision = DefaultUnitOfWork.startAndGet(null);
        failing.on(Pages.paged(1, "U0ALICE"));

        assertThatCode(decision::commit).doesNotThrowAnyException();
        assertThat(decision.isRolledBack()).isFalse();
    }

    @Test
    void withoutAUnitOfWorkThePageIsRecordedRightAway() {
        paging.on(Pages.paged(1, "U0ALICE"));

        assertThat(recorded).containsExactly("page:inc-7f3a:1");
    }

    private static IncidentPager pager(java.util.function.Consumer<Page> onPage) {
        return new IncidentPager() {
            @Override
            public void page(Page page) {
                onPage.accept(page);
            }

            @Override
            public void markAcknowledged(Page page, String acknowledgedBy, Instant at) {
                throw new AssertionError("not a page");
            }

            @Override
            public void withdrawPending(String incidentId) {
                throw new AssertionError("not a page");
            }
        };
    }
}
