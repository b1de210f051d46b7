package dev.annota.annotation.internal;

import java.util.List;
import java.util.UUID;

import dev.annota.project.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The project's items that have at least one answer. Run inside the project's tenant transaction. */
@Component
class AnsweredItems {

    private final JdbcClient jdbc;

    AnsweredItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An answered item with its external id still sealed. */
    record SealedExternalId(UUID itemId, String sealedExternalId) {
    }

    /** By item id. */
    List<SealedExternalId> externalIds(Project p) {
        return jdbc.sql("select i.id, i.external_id from items i where i.tenant_id = ? and i.project_id = ? "
                        + "and exists (select 1 from annotations a where a.tenant_id = i.tenant_id and a.item_id = i.id) order by i.id")
                .params(p.tenantId(), p.id())
                .query((rs, n) -> new SealedExternalId(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }
}
