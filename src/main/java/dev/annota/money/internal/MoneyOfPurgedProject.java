package dev.annota.money.internal;

import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A purged project's money records that only serve the project go with it, in the purge's transaction (the lab's
 * tenant): the work done waiting to be priced on acceptance, the project's budget, and the lab's contract rates scoped
 * to it. The ledgers keep their entries: they are the lab's and its vendors' accounts of money owed and paid, append
 * only, and name the project by its id alone. Pay rates a vendor scoped to the project live in the vendor's tenant and
 * match no work any more.
 */
@Component
record MoneyOfPurgedProject(JdbcClient jdbc) {

    @EventListener
    void on(ProjectPurged purged) {
        jdbc.sql("delete from paid_work where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from budgets where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from money_rates where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }
}
