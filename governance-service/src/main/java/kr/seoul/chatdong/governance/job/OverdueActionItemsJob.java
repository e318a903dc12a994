package kr.seoul.chatdong.governance.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import kr.seoul.chatdong.governance.service.ActionItemService;

/** Every hour (and shortly after start), marks action items past their due date overdue, once each. */
@ApplicationScoped
public class OverdueActionItemsJob {

    private static final Logger LOG = Logger.getLogger(OverdueActionItemsJob.class);

    @Inject
    ActionItemService actionItems;

    @Scheduled(
            every = "${chatdong.governance.overdue-every:1h}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markOverdue() {
        int marked = actionItems.markOverdue(actionItems.today());
        if (marked > 0) {
            LOG.infof("%d action items went overdue", marked);
        }
    }
}
