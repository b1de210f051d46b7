package dev.annota.web.internal;

import dev.annota.identity.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description: title, the bearer-token scheme, and no trace of the caller parameter controllers take. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // CurrentUser is resolved from the login or token, never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI annotaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Annota API").version("v1")
                        .description("Human data labeling with enforced tenant isolation. Errors are RFC 9457 problem documents."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A personal API token: ann_...")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
