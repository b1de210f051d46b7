package dev.annota.project.internal;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.project.ProjectTexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the crypto module which project columns hold sealed values, so a key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class ProjectColumns {

    @Bean
    EncryptedColumn projectNameColumn() {
        return ProjectTexts.NAME;
    }

    @Bean
    EncryptedColumn projectGuidelinesColumn() {
        return ProjectTexts.GUIDELINES;
    }

    @Bean
    EncryptedColumn guidelinesVersionColumn() {
        return ProjectTexts.GUIDELINES_VERSION;
    }

    @Bean
    EncryptedColumn labelSchemaColumn() {
        return ProjectTexts.SCHEMA;
    }
}
