package dev.annota.leak;

import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Leak marks and tracing on PostgreSQL, under row-level security (the claim's one-statement CTE path). */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class LeakTracePostgresTests extends LeakTraceScenario {
}
