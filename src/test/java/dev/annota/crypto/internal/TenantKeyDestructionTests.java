package dev.annota.crypto.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a shredding's key file goes: only after its transaction commits, never when it rolls back, and at the next
 * start when the instance stopped in between. A plain H2 database and transaction manager, no Spring context.
 */
class TenantKeyDestructionTests {

    @TempDir
    Path dir;

    JdbcClient jdbc;
    TransactionTemplate transaction;
    TenantKeyStore store;
    TenantKeyDestruction destruction;

    @BeforeEach
    void setUp() throws Exception {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:destruction-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql(new String(getClass().getResourceAsStream("/db/migration/common/V13__tenant_key_destructions.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)).update();
        var transactions = new DataSourceTransactionManager(dataSource);
        transaction = new TransactionTemplate(transactions);
        store = new TenantKeyStore(dir.resolve("tenant-keys"), LocalMasterKey.openOrCreate(dir.resolve("master.json")), null);
        destruction = new TenantKeyDestruction(jdbc, store, transactions, Clock.systemUTC());
    }

    @Test
    void theKeyFileGoesOnlyOnceTheShreddingsTransactionHasCommitted() throws Exception {
        UUID tenant = tenantWithAKeyFile();

        transaction.executeWithoutResult(status -> {
            destruction.destroyAfterCommit(tenant);
            assertThat(store.file(tenant)).as("not before the commit").exists();
        });

        assertThat(store.file(tenant)).doesNotExist();
        assertThat(pending()).isZero();
    }

    @Test
    void aShreddingRolledBackLeavesTheKeyOfTheLiveKeyset() throws Exception {
        UUID tenant = tenantWithAKeyFile();

        transaction.executeWithoutResult(status -> {
            destruction.destroyAfterCommit(tenant);
            status.setRollbackOnly();
        });

        assertThat(store.file(tenant)).exists();
        assertThat(pending()).isZero();
        assertThat(store.open(tenant)).isNotNull();
    }

    @Test
    void aDestructionCommittedButNotDoneIsFinishedAtTheNextStart() throws Exception {
        UUID tenant = tenantWithAKeyFile();
        // The instance stopped between the commit and the file's destruction: the request is in the table.
        jdbc.sql("insert into tenant_key_destructions (organization_id, requested_at) values (?, current_timestamp)")
                .param(tenant).update();

        destruction.finishPending();

        assertThat(store.file(tenant)).doesNotExist();
        assertThat(pending()).isZero();
        try (var files = Files.list(store.directory())) {
            assertThat(files.toList()).isEmpty();
        }
    }

    private long pending() {
        return jdbc.sql("select count(*) from tenant_key_destructions").query(Long.class).single();
    }

    private UUID tenantWithAKeyFile() throws Exception {
        UUID tenant = UUID.randomUUID();
        store.openOrCreate(tenant);
        return tenant;
    }
}
