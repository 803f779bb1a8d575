package io.beacon.deadline;

import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The services' deadline task is the one DeadlinesOnH2Test proves retried at once, not db-scheduler's default. */
class DeadlineConfigurationTest {

    @Test
    void theDeadlineTaskAServiceRunsRetriesAFailedDeadlineSoon() {
        var task = new DeadlineConfiguration().deadlineTask(
                new DefaultListableBeanFactory().getBeanProvider(DbSchedulerDeadlineManager.class));

        assertThat(task.getFailureHandler()).isInstanceOf(RetriedSoon.class);
        assertThat(task.getName()).isEqualTo(
                DbSchedulerDeadlineManager.humanReadableTask(() -> null).getName());
    }
}
