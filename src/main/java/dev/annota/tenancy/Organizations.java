package dev.annota.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** The organizations of this instance. Organizations are platform rows, readable without a tenant. */
@Service
public class Organizations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Organizations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Organization create(OrganizationKind kind, String name) {
        var org = new Organization(Generators.timeBasedEpochGenerator().generate(), kind, name.strip(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        try {
            jdbc.sql("insert into organizations (id, kind, name, created_at) values (?, ?, ?, ?)")
                    .params(org.id(), kind.name(), org.name(), java.sql.Timestamp.from(org.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            var problem = new ErrorResponseException(HttpStatus.CONFLICT);
            problem.getBody().setDetail("An organization named '" + org.name() + "' already exists.");
            problem.getBody().setProperty("field", "name");
            throw problem;
        }
        return org;
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select id, kind, name, created_at from organizations where id = ?")
                .param(id).query(Organizations::map).optional();
    }

    public Optional<Organization> findByName(String name) {
        return jdbc.sql("select id, kind, name, created_at from organizations where name = ?")
                .param(name).query(Organizations::map).optional();
    }

    public List<Organization> all() {
        return jdbc.sql("select id, kind, name, created_at from organizations order by name")
                .query(Organizations::map).list();
    }

    public boolean any() {
        return jdbc.sql("select count(*) from organizations").query(Long.class).single() > 0;
    }

    private static Organization map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organization(rs.getObject("id", UUID.class), OrganizationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant());
    }
}
