package dev.annota.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL row-level security, proven from below the application: plain JDBC as the application's role runs SQL
 * that forgets every tenant filter, and the database alone keeps tenants apart. Data is written through the
 * application (its migrations, facades and transactions) for two tenants, A and B, touching every tenant-owned table.
 * The application's pool has one connection here, so every transaction reuses the same physical connection.
 */
@OnSharedPostgres
// No background checkpoints: the scenario signs each tenant's own (auditLog.integrate), and a scheduled one landing for A
// between the two tenants' setups made their audit_checkpoints counts differ on a loaded machine.
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=1", "annota.audit.checkpoint-interval=1h",
        "annota.audit.sweep-initial-delay=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTests {

    /** Tables with a tenant_id column that are platform tables on purpose, holding ids, counters and dates only: the
     * project directory (read before the tenant is known) and the conflict wall's exposures (read across tenants by
     * design; docs/security.md). The key rotation jobs are tenant-owned since V18 (the scheduler finds pending ones
     * through functions returning ids; see below). The deleted organizations' final checkpoints (V12,
     * audit_final_checkpoints) name the organization in org_id: the tenant is gone, and no API serves them. The
     * witnesses' due deliveries (V16, witness_due: delivery id, tenant, time) are found by any instance across
     * tenants. The pending project purges (V23, project_deletions: project, tenant, when) are found by the purge
     * schedule across tenants; each purge then runs in its tenant's transaction. The webhooks' due deliveries (V34,
     * webhook_due: webhook and message ids, tenant, time) are found by any instance across tenants, as the witnesses';
     * so are the prediction services' due batches (V38, prediction_due: service id, tenant, time). */
    private static final Set<String> PLATFORM_TABLES_WITH_TENANT_ID = Set.of("project_directory", "annotator_exposures",
            "witness_due", "project_deletions", "webhook_due", "prediction_due");

    /**
     * Tenant-owned tables a customer's transaction may also read for the organizations it engages (workforce, V25_1:
     * the people's profiles, which the claim and the lab's managers read in the customer's tenant): their SELECT
     * policy admits the current tenant's rows or those of an organization it engages, and their INSERT, UPDATE and
     * DELETE policies only the current tenant's (docs/workforce.md). No ALL policy.
     */
    private static final Set<String> READ_BY_ENGAGING_CUSTOMERS = Set.of("annotator_profiles", "annotator_skills",
            "annotator_languages", "annotator_credentials", "workforce_settings");

    /** The foundation's tenant-owned tables; later modules add more, which the tests find by their tenant_id column. */
    private static final List<String> FOUNDATION_TABLES = List.of("projects", "label_schemas", "engagements", "items",
            "assignments", "annotations");
    /** Later tables the scenario fills too, so the copy and move checks below run on real rows of them. */
    private static final List<String> FILLED_LATER = List.of("project_images", "key_rotations");

    @Autowired Fixtures fixtures;
    @Autowired Organizations organizations;
    @Autowired Projects projects;
    @Autowired WorkQueue queue;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JsonMapper json;
    @Autowired dev.annota.audit.internal.AuditLog auditLog;
    @Autowired dev.annota.tenancy.internal.TenantTables tenantTableCatalog;

    private final PostgresDatabase db = PostgresDatabase.shared();
    private UUID tenantA;
    private UUID tenantB;
    private UUID itemOfB;
    /** Rows each tenant has in each tenant-owned table, as a superuser (bound by no policy) counts them. */
    private final Map<String, Long> rowsPerTenant = new java.util.HashMap<>();

    @BeforeAll
    void twoTenantsWithRowsInEveryTenantOwnedTable() {
        tenantA = tenantWithData();
        tenantB = tenantWithData();
        itemOfB = tenants.read(tenantB, () -> jdbc.sql("select id from items where tenant_id = ? limit 1")
                .param(tenantB).query(UUID.class).single());
        // Sequence each tenant's access events and sign a checkpoint, so the access log's tables hold rows too.
        auditLog.integrate(tenantA);
        auditLog.integrate(tenantB);
        try (Connection admin = db.connectAsAdmin(); Connection app = db.connect(PostgresDatabase.APP)) {
            for (String table : tenantOwnedTables(app)) {
                long rows = count(admin, "select count(*) from " + table + " where tenant_id = ?", tenantA);
                assertThat(count(admin, "select count(*) from " + table + " where tenant_id = ?", tenantB)).as(table).isEqualTo(rows);
                if (FOUNDATION_TABLES.contains(table) || FILLED_LATER.contains(table) || table.startsWith("audit_")) {
                    assertThat(rows).as("tenant A's rows in " + table + " (the scenario fills this table)").isPositive();
                }
                rowsPerTenant.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A project with 3 items and an engaged workforce whose annotator submitted one item and leases another, and a box
     * project with one uploaded image and one item showing it.
     */
    private UUID tenantWithData() {
        var customer = fixtures.organization(OrganizationKind.CUSTOMER, "RLS customer");
        var workforce = fixtures.organization(OrganizationKind.WORKFORCE, "RLS workforce");
        CurrentUser manager = fixtures.user(customer, Role.MANAGER);
        CurrentUser annotator = fixtures.user(workforce, Role.ANNOTATOR);
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 3);
        projects.engage(fixtures.access(project, manager), workforce.id());
        var access = fixtures.access(project, annotator);
        var task = queue.next(access).orElseThrow();
        queue.submit(access, task.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        queue.next(access).orElseThrow();
        // Uploaded images (V10): one image, shown by an item of a box project.
        Project boxes = fixtures.boxProject(manager, 1, 600);
        fixtures.itemsShowing(boxes, manager, java.util.List.of(fixtures.image(boxes, manager, 16, 9)));
        // The conflict wall's tenant-owned tables (V9): one excluded affiliation and one refusal.
        tenants.write(customer.id(), () -> {
            jdbc.sql("insert into excluded_affiliations (tenant_id, employer_key, employer, created_by, created_at) values (?, 'rival', 'Rival', ?, now())")
                    .params(customer.id(), manager.id()).update();
            jdbc.sql("""
                    insert into wall_refusals (tenant_id, id, project_id, annotator_id, annotator_org_id, rule, explanation, refused_at)
                    values (?, ?, ?, ?, ?, 'CONFLICT_CLASS', 'test', now())""")
                    .params(customer.id(), UUID.randomUUID(), project.id(), annotator.id(), workforce.id()).update();
        });
        // A key rotation job's row (V18), finished long ago: the background jobs leave it alone, so the access log and
        // its checkpoints stay as the scenario wrote them.
        tenants.write(customer.id(), () -> jdbc.sql("""
                insert into key_rotations (id, tenant_id, keyset_version, state, rows_total, rows_scanned, rows_reencrypted,
                                           rows_failed, requested_by, started_at, updated_at, finished_at)
                values (?, ?, 2, 'SUPERSEDED', 0, 0, 0, 0, ?, now(), now(), now())""")
                .params(UUID.randomUUID(), customer.id(), manager.id()).update());
        return customer.id();
    }

    @Test
    void organizationDeletionEmptiesExactlyTheTablesUnderRowLevelSecurity() throws SQLException {
        // Deletion finds tenant-owned tables by "primary key starts with tenant_id"; this test by "has a tenant_id
        // column, minus the platform tables". The two rules must name the same tables, or deletion would miss one.
        try (Connection c = db.connect(PostgresDatabase.APP)) {
            assertThat(tenantTableCatalog.all()).containsExactlyInAnyOrderElementsOf(tenantOwnedTables(c));
        }
    }

    /** The tenant condition as PostgreSQL shows it in pg_policies. */
    private static final String STRICT = "(tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)";

    @Test
    void everyTableWithATenantIdColumnHasRowLevelSecurityEnabledAndForcedWithATenantPolicy() throws SQLException {
        try (Connection c = db.connect(PostgresDatabase.APP)) {
            List<String> tenantTables = tenantOwnedTables(c);
            assertThat(tenantTables).containsAll(FOUNDATION_TABLES);
            for (String table : tenantTables) {
                var flags = query(c, """
                        select c.relrowsecurity, c.relforcerowsecurity from pg_class c
                        where c.oid = to_regclass(?)""", table);
                assertThat(flags).as("RLS enabled and forced on " + table).containsExactly(List.of(true, true));
                var policies = query(c, """
                        select cmd, permissive, roles::text, qual, with_check from pg_policies
                        where schemaname = current_schema() and tablename = ?""", table);
                if (READ_BY_ENGAGING_CUSTOMERS.contains(table)) {
                    assertThat(policies).as("policies on " + table).extracting(p -> p.get(0))
                            .containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
                    assertThat(policies).as("policies on " + table).allSatisfy(p -> {
                        String using = (String) p.get(3);
                        String check = (String) p.get(4);
                        switch ((String) p.get(0)) {
                            case "SELECT" -> assertThat(using).startsWith("((tenant_id = (NULLIF(current_setting('app.tenant_id'")
                                    .contains("FROM engagements e").contains("e.workforce_org_id = " + table + ".tenant_id");
                            case "INSERT" -> assertThat(check).isEqualTo(STRICT);
                            case "UPDATE" -> assertThat(List.of(using, check)).containsOnly(STRICT);
                            default -> assertThat(using).isEqualTo(STRICT);
                        }
                    });
                    continue;
                }
                assertThat(policies).as("policies on " + table).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.get(0)).isEqualTo("ALL");
                    // Every permissive policy must bind reads and writes to the transaction's tenant, or it would widen access.
                    assertThat((String) p.get(3)).contains("tenant_id").contains("current_setting('app.tenant_id'");
                    assertThat((String) p.get(4)).contains("tenant_id").contains("current_setting('app.tenant_id'");
                });
            }
        }
    }

    @Test
    void theKeySchedulersFunctionsShowTheAppRoleIdsOfEveryTenantAndNothingElse() throws SQLException {
        UUID runningOfA = UUID.randomUUID();
        UUID doneOfB = UUID.randomUUID();
        try (Connection c = db.connectAsAdmin()) {
            // A running job of A's and a finished one of B's, seen as the application role inside one transaction that
            // is rolled back (the background jobs never see them).
            c.setAutoCommit(false);
            String insert = """
                    insert into key_rotations (id, tenant_id, keyset_version, state, rows_total, rows_scanned, rows_reencrypted,
                                               rows_failed, requested_by, started_at, updated_at, finished_at)
                    values (?, ?, 3, ?, 0, 0, 0, 0, ?, now(), now(), now())""";
            update(c, insert, runningOfA, tenantA, "RUNNING", UUID.randomUUID());
            update(c, insert, doneOfB, tenantB, "DONE", UUID.randomUUID());
            update(c, "set local role " + PostgresDatabase.APP);
            assertThat(query(c, "select current_user")).containsExactly(List.of(PostgresDatabase.APP));

            // The table: nothing without a tenant, only A's rows in A's transaction.
            assertThat(count(c, "select count(*) from key_rotations")).isZero();
            query(c, "select set_config('app.tenant_id', ?, true)", tenantA.toString());
            assertThat(count(c, "select count(*) from key_rotations where tenant_id <> ?", tenantA)).isZero();
            assertThat(count(c, "select count(*) from key_rotations where id = ?", doneOfB)).isZero();
            assertThat(count(c, "select count(*) from key_rotations where id = ?", runningOfA)).isOne();
            query(c, "select set_config('app.tenant_id', '', true)");

            // The functions: ids and tenant ids across tenants, nothing more.
            assertThat(query(c, "select * from pending_key_rotations() where tenant_id in (?, ?)", tenantA, tenantB))
                    .containsExactly(List.of(runningOfA, tenantA));
            assertThat(query(c, "select * from key_retirement_candidates() k where k in (?, ?)", tenantA, tenantB))
                    .containsExactly(List.of(tenantB));
            assertThat(query(c, """
                    select p.proname, p.prosecdef, pg_get_function_result(p.oid) from pg_proc p
                    where p.proname in ('pending_key_rotations', 'key_retirement_candidates') order by 1"""))
                    .containsExactly(List.of("key_retirement_candidates", true, "SETOF uuid"),
                            List.of("pending_key_rotations", true, "TABLE(id uuid, tenant_id uuid)"));
            c.rollback();
        }
    }

    @Test
    void theAppRoleIsNeitherSuperuserNorBypassRlsNorOwnerOfAnything() throws SQLException {
        try (Connection c = db.connect(PostgresDatabase.APP)) {
            assertThat(query(c, "select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user"))
                    .containsExactly(List.of(PostgresDatabase.APP, false, false));
            assertThat(query(c, "select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)"))
                    .containsExactly(List.of(0L));
            assertThat(query(c, "select count(*) from pg_tables where schemaname = current_schema() and tableowner = current_user"))
                    .containsExactly(List.of(0L));
            assertThat(query(c, "select distinct tableowner from pg_tables where schemaname = current_schema()"))
                    .containsExactly(List.of(PostgresDatabase.OWNER));
            // Membership in the owner role would let it SET ROLE and switch the policies off.
            assertThat(query(c, "select pg_has_role(current_user, ?, 'MEMBER')", PostgresDatabase.OWNER))
                    .containsExactly(List.of(false));
            assertThat(query(c, "select datdba = (select oid from pg_roles where rolname = current_user) from pg_database where datname = current_database()"))
                    .containsExactly(List.of(false));
            assertThatThrownBy(() -> c.createStatement().execute("alter table items disable row level security"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void withNoTenantSetEveryTenantOwnedTableLooksEmpty() throws SQLException {
        try (Connection admin = db.connectAsAdmin(); Connection app = db.connect(PostgresDatabase.APP)) {
            for (String table : tenantOwnedTables(app)) {
                // The rows are there (a superuser is not bound by the policies) ...
                assertThat(count(admin, "select count(*) from " + table + " where tenant_id in (?, ?)", tenantA, tenantB))
                        .as(table).isEqualTo(2 * rowsPerTenant.get(table));
                // ... but the app role sees none of them: outside a transaction, ...
                assertThat(count(app, "select count(*) from " + table)).as(table).isZero();
                // ... in a transaction that set no tenant, and in one that set the empty tenant.
                app.setAutoCommit(false);
                assertThat(count(app, "select count(*) from " + table)).as(table).isZero();
                query(app, "select set_config('app.tenant_id', '', true)");
                assertThat(count(app, "select count(*) from " + table)).as(table).isZero();
                app.rollback();
                app.setAutoCommit(true);
            }
        }
    }

    @Test
    void inTenantATransactionSqlWithoutATenantFilterReadsOnlyTenantARows() throws SQLException {
        try (Connection c = db.connect(PostgresDatabase.APP)) {
            for (String table : tenantOwnedTables(c)) {
                inTenant(c, tenantA, () -> {
                    assertThat(count(c, "select count(*) from " + table)).as(table).isEqualTo(rowsPerTenant.get(table));
                    assertThat(count(c, "select count(*) from " + table + " where tenant_id <> ?", tenantA)).as(table).isZero();
                    assertThat(count(c, "select count(*) from " + table + " where tenant_id = ?", tenantB)).as(table).isZero();
                });
            }
            inTenant(c, tenantA, () -> assertThat(count(c, "select count(*) from items where id = ?", itemOfB)).isZero());
            inTenant(c, tenantB, () -> assertThat(count(c, "select count(*) from items where id = ?", itemOfB)).isOne());
        }
    }

    @Test
    void inTenantATransactionNoRowOfTenantBCanBeInsertedUpdatedOrDeleted() throws SQLException {
        try (Connection c = db.connect(PostgresDatabase.APP)) {
            for (String table : tenantOwnedTables(c)) {
                // A copy of one of A's rows, relabelled as B's: only the policy's WITH CHECK stands in the way.
                String columns = String.join(", ", columnsOf(c, table));
                String values = columns.replaceFirst("\\btenant_id\\b", "?::uuid");
                if (rowsPerTenant.get(table) == 0) {
                    continue; // nothing to copy or move (RLS on it is still checked above, by its policies)
                }
                inTenant(c, tenantA, () -> assertThatThrownBy(() -> count(c,
                        "with moved as (insert into " + table + " (" + columns + ") select " + values + " from " + table
                                + " limit 1 returning 1) select count(*) from moved", tenantB))
                        .as("insert into " + table).satisfies(RowLevelSecurityTests::isPolicyViolation));
                // Moving one of A's own rows over to B fails the same check.
                inTenant(c, tenantA, () -> assertThatThrownBy(() -> update(c, "update " + table + " set tenant_id = ?", tenantB))
                        .as("update of " + table).satisfies(RowLevelSecurityTests::isPolicyViolation));
                inTenant(c, tenantA, () -> {
                    assertThat(update(c, "update " + table + " set tenant_id = tenant_id where tenant_id = ?", tenantB)).as(table).isZero();
                    assertThat(update(c, "delete from " + table + " where tenant_id = ?", tenantB)).as(table).isZero();
                });
                // Without any filter only A's own rows are touched (an append-only table refuses even those: by a BEFORE
                // trigger, tgtype bit 2; the AFTER triggers that keep counts, V43, refuse nothing).
                boolean appendOnly = count(c, "select count(*) from pg_trigger where tgrelid = to_regclass(?) and not tgisinternal "
                        + "and (tgtype & 2) <> 0", table) > 0;
                int own = rowsPerTenant.get(table).intValue();
                for (String sql : List.of("update " + table + " set tenant_id = tenant_id", "delete from " + table)) {
                    inTenant(c, tenantA, () -> {
                        if (appendOnly) {
                            assertThatThrownBy(() -> update(c, sql)).as(sql).satisfies(RowLevelSecurityTests::isPolicyViolation);
                        } else {
                            assertThat(update(c, sql)).as(sql).isEqualTo(own);
                        }
                    });
                }
            }
            inTenant(c, tenantA, () -> assertThat(update(c, "update items set payload = '{}' where id = ?", itemOfB)).isZero());
        }
        try (Connection admin = db.connectAsAdmin()) {
            for (var rows : rowsPerTenant.entrySet()) {
                assertThat(count(admin, "select count(*) from " + rows.getKey() + " where tenant_id = ?", tenantB))
                        .as("B's " + rows.getKey() + " untouched").isEqualTo(rows.getValue());
            }
        }
    }

    @Test
    void aPooledConnectionReusedAfterTenantATransactionSeesNothingOfTenantA() {
        var pid = "select pg_backend_pid()";
        int first = tenants.read(tenantA, () -> {
            assertThat(jdbc.sql("select count(*) from items").query(Long.class).single()).isEqualTo(4);
            return jdbc.sql(pid).query(Integer.class).single();
        });
        // The pool holds one connection, so each of these runs on the very connection A's transaction used.
        assertThat(jdbc.sql(pid).query(Integer.class).single()).isEqualTo(first);
        assertThat(jdbc.sql("select coalesce(current_setting('app.tenant_id', true), '')").query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select count(*) from items").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from annotations").query(Long.class).single()).isZero();

        var noTenant = new TransactionTemplate(transactions);
        Integer pidWithoutTenant = noTenant.execute(s -> jdbc.sql(pid).query(Integer.class).single());
        Long itemsWithoutTenant = noTenant.execute(s -> jdbc.sql("select count(*) from items").query(Long.class).single());
        assertThat(pidWithoutTenant).isEqualTo(first);
        assertThat(itemsWithoutTenant).isZero();

        assertThat(tenants.read(tenantB, () -> jdbc.sql("select count(*) from items where tenant_id = ?")
                .param(tenantA).query(Long.class).single())).isZero();

        // A transaction of A's that fails leaves nothing behind either.
        assertThatThrownBy(() -> tenants.write(tenantA, () -> {
            jdbc.sql("select count(*) from items").query(Long.class).single();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(jdbc.sql(pid).query(Integer.class).single()).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from items").query(Long.class).single()).isZero();
        assertThat(dataSource).isInstanceOf(com.zaxxer.hikari.HikariDataSource.class)
                .satisfies(ds -> assertThat(((com.zaxxer.hikari.HikariDataSource) ds).getMaximumPoolSize()).isOne());
    }

    @Test
    void aTenantFoundByLookupInsideTheTransactionIsTheOnlyTenantItSeesAndAMissOpensNoTenant() {
        // The lookup reads a platform table: the project directory, as the claim and the submit do.
        var projectOfB = tenants.read(tenantB, () -> jdbc.sql("select id from projects limit 1").query(UUID.class).single());
        var directory = TenantLookup.of("select tenant_id from project_directory where project_id = ? and org_id = ?",
                projectOfB, tenantB);

        var seen = tenants.writeFound(directory, tenant -> {
            assertThat(TenantScope.current()).contains(tenant);
            // No tenant filter: row-level security alone keeps the transaction to the tenant the lookup found.
            return List.of(tenant, jdbc.sql("select count(*) from items").query(Long.class).single(),
                    jdbc.sql("select count(*) from items where tenant_id = ?").param(tenantA).query(Long.class).single());
        });
        // rowsPerTenant: B's items as the superuser counts them (the same number as A's).
        assertThat(seen).contains(List.of(tenantB, rowsPerTenant.get("items"), 0L));

        var unknownProject = TenantLookup.of("select tenant_id from project_directory where project_id = ? and org_id = ?",
                UUID.randomUUID(), tenantB);
        var ran = new java.util.concurrent.atomic.AtomicBoolean();
        assertThat(tenants.writeFound(unknownProject, tenant -> ran.getAndSet(true))).isEmpty();
        assertThat(ran).isFalse();
        // Nothing of either lookup stays on the pooled connection (the pool has one).
        assertThat(jdbc.sql("select coalesce(current_setting('app.tenant_id', true), '')").query(String.class).single()).isEmpty();
        assertThat(TenantScope.current()).isEmpty();
    }

    @Test
    void oneJdbcConnectionCarriesNothingOfTenantAIntoItsNextTransaction() throws SQLException {
        try (Connection c = db.connect(PostgresDatabase.APP)) {
            c.setAutoCommit(false);
            query(c, "select set_config('app.tenant_id', ?, true)", tenantA.toString());
            assertThat(count(c, "select count(*) from items")).isEqualTo(4);
            c.commit();
            assertThat(count(c, "select count(*) from items")).isZero();
            c.commit();
            query(c, "select set_config('app.tenant_id', ?, true)", tenantA.toString());
            c.rollback();
            assertThat(count(c, "select count(*) from items")).isZero();
            c.commit();
        }
    }

    // --- JDBC helpers ---

    private interface SqlWork {
        void run() throws Exception;
    }

    /** Runs the work in a transaction of the given tenant on the connection, then rolls it back. */
    private static void inTenant(Connection c, UUID tenant, SqlWork work) throws SQLException {
        c.setAutoCommit(false);
        try {
            query(c, "select set_config('app.tenant_id', ?, true)", tenant.toString());
            work.run();
        } catch (SQLException | RuntimeException | AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static void isPolicyViolation(Throwable e) {
        assertThat(e).isInstanceOf(SQLException.class);
        assertThat(((SQLException) e).getSQLState()).isEqualTo("42501");
        // An append-only table's trigger (the access log) refuses a change before the policy is even consulted.
        assertThat(e.getMessage()).containsAnyOf("row-level security policy", "is append-only");
    }

    private static List<String> tenantOwnedTables(Connection c) throws SQLException {
        var tables = new TreeSet<String>();
        for (var row : query(c, """
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'tenant_id'""")) {
            tables.add((String) row.getFirst());
        }
        tables.removeAll(PLATFORM_TABLES_WITH_TENANT_ID);
        return List.copyOf(tables);
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        var columns = new ArrayList<String>();
        for (var row : query(c, """
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? order by ordinal_position""", table)) {
            columns.add((String) row.getFirst());
        }
        return columns;
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        return (Long) query(c, sql, params).getFirst().getFirst();
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static List<List<Object>> query(Connection c, String sql, Object... params) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            var rows = new ArrayList<List<Object>>();
            try (var rs = statement.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    var row = new ArrayList<Object>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

}
