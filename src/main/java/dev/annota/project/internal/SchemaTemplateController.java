package dev.annota.project.internal;

import java.util.List;

import dev.annota.schema.SchemaTemplate;
import dev.annota.schema.SchemaTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projects")
class SchemaTemplateController {

    @GetMapping("/api/v1/schema-templates")
    @Operation(operationId = "listSchemaTemplates", summary = "The template gallery of \"New project\": per template its task type, a label schema, an item "
            + "of that task type's shape and an answer the schema accepts. POST the schema with the taskType to "
            + "/api/v1/projects to start from one")
    List<SchemaTemplate> templates() {
        return SchemaTemplates.all();
    }
}
