package dev.annota.item;

import java.io.InputStream;

import dev.annota.item.internal.ItemImport;
import dev.annota.project.ProjectAccess;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class Items {

    private final ItemImport importer;
    private final JdbcClient jdbc;
    private final TenantScope tenants;

    Items(ItemImport importer, JdbcClient jdbc, TenantScope tenants) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /** Imports JSONL or a JSON array atomically: all records stored, or none and the first bad line named. */
    public ImportReport importItems(ProjectAccess access, InputStream in) {
        return importer.run(access, in);
    }

    public ItemCounts counts(ProjectAccess access) {
        var p = access.project();
        return tenants.read(p.tenantId(), () -> {
            long open = 0, full = 0, done = 0;
            for (var row : jdbc.sql("select state, count(*) from items where tenant_id = ? and project_id = ? group by state")
                    .params(p.tenantId(), p.id())
                    .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list()) {
                switch (row.getKey()) {
                    case "OPEN" -> open = row.getValue();
                    case "FULL" -> full = row.getValue();
                    case "DONE" -> done = row.getValue();
                    default -> throw new IllegalStateException("Unknown item state " + row.getKey());
                }
            }
            return new ItemCounts(open + full + done, open, full, done);
        });
    }
}
