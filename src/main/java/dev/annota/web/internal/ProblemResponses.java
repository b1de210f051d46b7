package dev.annota.web.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The error answers of each operation in the API description, as ProblemAdvice writes them: RFC 9457 documents of
 * schema {@value #SCHEMA}. By what the operation takes: 400 and 422 for a body or parameters, 401 and 403 for a caller,
 * 404 for an id in the path, 409 for a change. A handler declares any other (429, 413, 415, 410) with
 * {@code @ApiResponse(responseCode = "429", description = "…")}; every 4xx and 5xx gets the problem content.
 */
final class ProblemResponses {

    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String MEDIA_TYPE = "application/problem+json";

    /** The shared responses, declared once under components/responses: their name and why they are sent. */
    private record Shared(String name, String why) {
    }

    private static final Map<String, Shared> SHARED = Map.of(
            "400", new Shared("BadRequest", "Malformed request: a body that is not JSON of this call, a parameter of the wrong type (field or line named)"),
            "401", new Shared("Unauthorized", "No valid token or session"),
            "403", new Shared("Forbidden", "The caller's role or organization does not allow this"),
            "404", new Shared("NotFound", "Not found, or not visible to the caller's organization"),
            "409", new Shared("Conflict", "Conflicts with the current state (say, a name taken, or a state that does not allow it)"),
            "422", new Shared("UnprocessableContent", "A rule broken: the field (or for imports the line) and why"));

    private ProblemResponses() {
    }

    static void declare(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean anonymous = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean pathIds = java.util.Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        var mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean changes = mapping != null && List.of(mapping.method()).stream()
                .anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD);
        add(responses, "400", takesInput);
        add(responses, "401", !anonymous);
        add(responses, "403", !anonymous);
        add(responses, "404", pathIds);
        add(responses, "409", changes && !anonymous);
        add(responses, "422", takesInput);
        responses.forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.get$ref() == null
                    && (response.getContent() == null || response.getContent().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(ApiResponses responses, String code, boolean applies) {
        if (applies && !responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + SHARED.get(code).name()));
        }
    }

    /** The shared responses, for components/responses. */
    static Map<String, ApiResponse> shared() {
        var shared = new java.util.TreeMap<String, ApiResponse>();
        SHARED.values().forEach(r -> shared.put(r.name(), new ApiResponse().description(r.why()).content(problemContent())));
        return shared;
    }

    private static Content problemContent() {
        return new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }

    static Schema<?> fieldError() {
        return new ObjectSchema().description("One invalid field of a request body")
                .addProperty("field", new StringSchema().description("The field"))
                .addProperty("message", new StringSchema().description("What is wrong with it"));
    }

    /** RFC 9457's members and the ones ProblemAdvice adds. */
    static Schema<?> schema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document: every error of the API")
                .addProperty("type", new StringSchema().format("uri").description("A URI naming the kind of problem; about:blank for most"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong in this request, in words a person can act on"))
                .addProperty("instance", new StringSchema().format("uri").description("The path of the request"))
                .addProperty("field", new StringSchema().description("The request field, parameter or header at fault, when one is"))
                .addProperty("line", new IntegerSchema().description("The line of an imported file (NDJSON, CSV) or JSON body at fault"))
                .addProperty("column", new IntegerSchema().description("The column of a malformed JSON body"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)).description("Every invalid field of a request body"))
                .required(List.of("title", "status"));
    }
}
