package dev.annota.money.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.Rate;
import dev.annota.money.RateBasis;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rates of one tenant's ledgers; every method runs inside that tenant's transaction. */
@Component
public record RateStore(JdbcClient jdbc) {

    static final String COLUMNS = "id, tenant_id, ledger, vendor_org_id, project_id, task_type, tier, basis, amount, currency, set_by, set_at";
    static final RowMapper<Rate> ROW = RateStore::map;

    /** The rates of a ledger, of one vendor (null: every vendor), in a stable order. */
    public List<Rate> list(UUID tenantId, Ledger ledger, UUID vendorOrgId) {
        if (vendorOrgId == null) {
            return jdbc.sql("select " + COLUMNS + " from money_rates where tenant_id = ? and ledger = ? order by vendor_org_id, scope_key")
                    .params(tenantId, ledger.name()).query(ROW).list();
        }
        return jdbc.sql("select " + COLUMNS + " from money_rates where tenant_id = ? and ledger = ? and vendor_org_id = ? order by scope_key")
                .params(tenantId, ledger.name(), vendorOrgId).query(ROW).list();
    }

    /** The rates that may apply to a vendor's work on a project (the project's own and the ones for any project). */
    public List<Rate> candidates(UUID tenantId, Ledger ledger, UUID vendorOrgId, UUID projectId) {
        return jdbc.sql("select " + COLUMNS + " from money_rates where tenant_id = ? and ledger = ? and vendor_org_id = ?"
                        + " and (project_id is null or project_id = ?)")
                .params(tenantId, ledger.name(), vendorOrgId, projectId).query(ROW).list();
    }

    /** As {@link #candidates(UUID, Ledger, UUID, UUID)}, queued on a round trip. */
    java.util.function.Supplier<List<Rate>> candidates(dev.annota.tenancy.RoundTrip trip, UUID tenantId, Ledger ledger, UUID vendorOrgId,
                                                       UUID projectId) {
        var rows = trip.query("select " + COLUMNS + " from money_rates where tenant_id = ? and ledger = ? and vendor_org_id = ?"
                + " and (project_id is null or project_id = ?)", ROW, tenantId, ledger.name(), vendorOrgId, projectId);
        return rows::get;
    }

    /** Sets the rate of its scope, replacing the one there was. */
    public void put(Rate rate) {
        String scope = Rate.scopeKey(rate.projectId(), rate.taskType(), rate.tier());
        jdbc.sql("delete from money_rates where tenant_id = ? and ledger = ? and vendor_org_id = ? and scope_key = ?")
                .params(rate.tenantId(), rate.ledger().name(), rate.vendorOrgId(), scope).update();
        jdbc.sql("""
                        insert into money_rates (tenant_id, id, ledger, vendor_org_id, project_id, task_type, tier, scope_key, basis,
                                                 amount, currency, set_by, set_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rate.tenantId(), rate.id(), rate.ledger().name(), rate.vendorOrgId(), rate.projectId(), rate.taskType(),
                        rate.tier(), scope, rate.basis().name(), rate.price().amount(), rate.price().currency().getCurrencyCode(),
                        rate.setBy(), Timestamp.from(rate.setAt()))
                .update();
    }

    public Optional<Rate> find(UUID tenantId, Ledger ledger, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from money_rates where tenant_id = ? and ledger = ? and id = ?")
                .params(tenantId, ledger.name(), id).query(ROW).optional();
    }

    public void delete(UUID tenantId, UUID id) {
        jdbc.sql("delete from money_rates where tenant_id = ? and id = ?").params(tenantId, id).update();
    }

    static Rate map(ResultSet rs, int n) throws SQLException {
        return new Rate(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), Ledger.valueOf(rs.getString("ledger")),
                rs.getObject("vendor_org_id", UUID.class), rs.getObject("project_id", UUID.class), rs.getString("task_type"),
                rs.getString("tier"), RateBasis.valueOf(rs.getString("basis")),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency").strip()), rs.getObject("set_by", UUID.class),
                rs.getTimestamp("set_at").toInstant());
    }
}
