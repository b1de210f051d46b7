package dev.annota.project;

import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Overlap changes on PostgreSQL (the claim's and the submit's one-statement CTEs), under row-level security. */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class OverlapChangePostgresTests extends OverlapChangeScenario {
}
