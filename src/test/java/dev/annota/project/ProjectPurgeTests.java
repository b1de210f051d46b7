package dev.annota.project;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.annota.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The project purge on the embedded H2 database (no row-level security: the application's own pool sees all). */
@ApiTest
class ProjectPurgeTests extends ProjectPurgeScenario {

    @Autowired DataSource dataSource;

    @Override
    Connection inspector() throws SQLException {
        return dataSource.getConnection();
    }
}
