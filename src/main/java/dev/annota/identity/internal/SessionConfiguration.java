package dev.annota.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Web sessions are rows in the database (Spring Session JDBC), so any instance behind a load balancer serves any
 * logged-in user and a restart logs nobody out. Boot 4.1.1's session auto-configuration is not served by the registry
 * here, hence the explicit annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class SessionConfiguration {
}
