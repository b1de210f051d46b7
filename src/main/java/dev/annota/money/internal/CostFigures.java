package dev.annota.money.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import dev.annota.money.Costs;
import dev.annota.money.Money;
import dev.annota.money.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sums of the ledgers for {@link Costs}; inside the tenant's transaction. */
@Component
public record CostFigures(JdbcClient jdbc) {

    /** The lab's contract entries and in-house pay on the project, by workforce organization and currency. */
    public List<Costs.WorkforceCost> byWorkforce(UUID labId, UUID projectId, Period period) {
        return jdbc.sql("""
                        select vendor_org_id, currency, sum(amount),
                               sum(case when kind in ('TASK', 'ACCEPTED') then 1 else 0 end),
                               sum(case when kind = 'ACCEPTED' then 1 else 0 end),
                               sum(case when kind = 'REVERSAL' then 1 else 0 end),
                               sum(case when kind = 'HOURS' then active_millis else 0 end)
                        from ledger_entries
                        where tenant_id = ? and project_id = ? and kind <> 'PAYOUT' and created_at >= ? and created_at < ?
                          and (ledger = 'CONTRACT' or vendor_org_id = tenant_id)
                        group by vendor_org_id, currency order by vendor_org_id, currency""")
                .params(labId, projectId, Timestamp.from(period.start()), Timestamp.from(period.end()))
                .query((rs, n) -> new Costs.WorkforceCost(rs.getObject(1, UUID.class), Money.of(rs.getBigDecimal(3), rs.getString(2).strip()),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    public List<Costs.PersonEarnings> earningsOn(UUID employerOrgId, UUID projectId, Period period) {
        return jdbc.sql("""
                        select person_id, currency, sum(amount) from ledger_entries
                        where tenant_id = ? and ledger = 'PAY' and project_id = ? and person_id is not null
                          and kind <> 'PAYOUT' and created_at >= ? and created_at < ?
                        group by person_id, currency order by person_id, currency""")
                .params(employerOrgId, projectId, Timestamp.from(period.start()), Timestamp.from(period.end()))
                .query((rs, n) -> new Costs.PersonEarnings(rs.getObject(1, UUID.class),
                        Money.of(rs.getBigDecimal(3), rs.getString(2).strip())))
                .list();
    }

    public List<Money> earnings(UUID employerOrgId, UUID personId, Period period) {
        return jdbc.sql("""
                        select currency, sum(amount) from ledger_entries
                        where tenant_id = ? and ledger = 'PAY' and person_id = ? and kind <> 'PAYOUT' and created_at >= ? and created_at < ?
                        group by currency order by currency""")
                .params(employerOrgId, personId, Timestamp.from(period.start()), Timestamp.from(period.end()))
                .query((rs, n) -> Money.of(rs.getBigDecimal(2), rs.getString(1).strip())).list();
    }
}
