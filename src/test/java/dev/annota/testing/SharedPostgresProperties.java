package dev.annota.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the shared PostgreSQL database, ahead of every other property source. */
class SharedPostgresProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>();
        PostgresDatabase.shared().register((name, value) -> properties.put(name, value.get()));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shared PostgreSQL database", properties));
    }
}
