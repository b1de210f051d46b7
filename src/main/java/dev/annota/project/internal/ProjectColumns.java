package dev.annota.project.internal;

import dev.annota.crypto.EncryptedColumns;
import dev.annota.project.ProjectTexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the crypto module which project columns hold sealed values, so a key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class ProjectColumns {

    @Bean
    EncryptedColumns sealedProjectColumns() {
        return new EncryptedColumns(ProjectTexts.NAME, ProjectTexts.GUIDELINES, ProjectTexts.GUIDELINES_VERSION, ProjectTexts.SCHEMA);
    }
}
