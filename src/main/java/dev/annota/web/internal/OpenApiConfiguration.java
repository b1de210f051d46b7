package dev.annota.web.internal;

import java.util.List;

import dev.annota.identity.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description (docs/api.md), made for generated clients: a fixed server (the document is the same on every
 * port, so a checked-in copy can be compared with it), the bearer-token scheme, free-form JSON values described as such
 * (Jackson's JsonNode is otherwise a bean of 24 flags), the problem responses of every operation
 * ({@link ProblemResponses}) and the ids and paging parameters described once ({@link ParameterGlossary}). No trace of
 * the caller parameter controllers take.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // CurrentUser is resolved from the login or token, never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
        // Every enum a named schema of its own (Role, TaskType, OrganizationKind), not repeated inline: an inline enum
        // in a set made the generated Java client fail to compile, and each copy became a type of its own.
        io.swagger.v3.core.jackson.ModelResolver.enumsAsRef = true;
        // Schemas, items, answers and predictions are JSON whose shape depends on the project: any JSON value. Fields
        // whose shape is known say so with @Schema on the record component.
        for (Class<?> json : List.of(tools.jackson.databind.JsonNode.class, tools.jackson.databind.node.ObjectNode.class,
                tools.jackson.databind.node.ArrayNode.class)) {
            SpringDocUtils.getConfig().replaceWithSchema(json, JsonSchemas.anyValue());
        }
    }

    static final String DESCRIPTION = """
            Human data labeling with enforced tenant isolation. Every screen of the web UI is a call here.

            **Authentication**: a personal API token as `Authorization: Bearer ann_…`. Create the first one after logging \
            in to the web UI (the login form, or single sign-on with the organization's OpenID Connect provider where an \
            admin turned it on): user menu → API tokens, or `POST /api/v1/tokens` from the logged-in browser session. \
            **Errors** are RFC 9457 problem documents (`application/problem+json`, schema `Problem`) naming the field or \
            line. **Idempotency**: a submit retried with the same assignment or `Idempotency-Key` is stored once \
            (`Idempotent-Replayed: true` on the replay). **Paging** is by cursor: pass the answer's `next`/`nextCursor` as \
            `after` (or `before`) until it is null. The import and export of items and labels are NDJSON streams. \
            docs/api.md tells more, with a generated client as the first example.""";

    @Bean
    OpenAPI annotaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Annota API").version("v1").description(DESCRIPTION))
                .servers(List.of(new Server().url("http://localhost:8080")
                        .description("A local instance; clients set their own base URL")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("ann_…")
                                .description("A personal API token (ann_…), created in the web UI under API tokens after "
                                        + "the login (password or single sign-on), or with POST /api/v1/tokens from a "
                                        + "logged-in session; revoked with DELETE /api/v1/tokens/{id}")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    @Bean
    GlobalOpenApiCustomizer sharedSchemas() {
        return api -> {
            api.getComponents().addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema());
            api.getComponents().addSchemas(ProblemResponses.FIELD_ERROR, ProblemResponses.fieldError());
            ProblemResponses.shared().forEach(api.getComponents()::addResponses);
            JsonSchemas.named().forEach(api.getComponents()::addSchemas);
            JsonSchemas.describeKnownShapes(api);
            // Tags in name order, each described once on its controller.
            if (api.getTags() != null) {
                api.setTags(api.getTags().stream().sorted(java.util.Comparator.comparing(Tag::getName)).toList());
            }
        };
    }

    @Bean
    GlobalOperationCustomizer problemResponsesAndParameterDescriptions() {
        return (operation, handler) -> {
            ParameterGlossary.describe(operation);
            ProblemResponses.declare(operation, handler);
            return operation;
        };
    }
}
