package dev.annota.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.annota.AnnotaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The real application started outside the Spring test framework, on a PostgreSQL test database and a random port,
 * as one of several instances behind a load balancer would run: the application as shipped plus the
 * {@link Fixtures} component.
 */
public final class RunningApplication {

    private RunningApplication() {
    }

    /** Command-line arguments outrank the test defaults; {@code extra} adds others. */
    public static ConfigurableApplicationContext on(PostgresDatabase db, String... extra) {
        return at(db, db.url(), extra);
    }

    /** The same with a JDBC URL of the database's own, e.g. with driver parameters. */
    public static ConfigurableApplicationContext at(PostgresDatabase db, String url, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.APP,
                "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                "--annota.migration.username=" + PostgresDatabase.OWNER,
                "--annota.migration.password=" + PostgresDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(AnnotaApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("noTestConfigurations", new NoTestConfigurations()))
                .run(args.toArray(String[]::new));
    }

    /**
     * Another instance with a database, keys and access log key of its own: an H2 file database in {@code dir}, as a
     * second installation would run (a project bundle's receiving instance, for example).
     */
    public static ConfigurableApplicationContext onH2(java.nio.file.Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("annota").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--annota.audit.key-file=" + dir.resolve("audit-signing-key.json").toAbsolutePath(),
                "--annota.crypto.master-key-file=" + dir.resolve("master-key.json").toAbsolutePath(),
                "--annota.crypto.tenant-key-dir=" + dir.resolve("tenant-keys").toAbsolutePath(),
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(AnnotaApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("noTestConfigurations", new NoTestConfigurations()))
                .run(args.toArray(String[]::new));
    }

    /** Closes the instances in the order given (an instance that never started is null), then drops their database. */
    public static void stopAll(PostgresDatabase db, ConfigurableApplicationContext... instances) {
        for (ConfigurableApplicationContext instance : instances) {
            if (instance != null) {
                instance.close();
            }
        }
        if (db != null) {
            db.drop();
        }
    }

    /**
     * Outside the Spring test framework nothing keeps component scanning from picking up test classes' nested
     * {@code @TestConfiguration}s (the test framework's own filter does that); this filter does.
     */
    static final class NoTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            var metadata = reader.getAnnotationMetadata();
            return metadata.hasAnnotation(TestConfiguration.class.getName()) || metadata.hasAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NoTestConfigurations;
        }

        @Override
        public int hashCode() {
            return NoTestConfigurations.class.hashCode();
        }
    }
}
