package dev.annota.annotation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.Consensus;
import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Annotations", description = "Progress per annotator and export of labels")
record AggregationController(Projects projects, Consensus consensus, TenantScope tenants, AnsweredItems answeredItems,
        dev.annota.item.ItemPayloads payloads) {

    /** One item's aggregated answer: label and confidence per aggregated question, as in the export's consensus. */
    record ItemAnswer(UUID itemId, String externalId, String method, Map<String, String> answer, Map<String, Double> confidence,
                      Map<String, Consensus.AgreedBoxes> boxes, Map<String, Consensus.AgreedRanking> rankings) {
    }

    record AggregationReport(String method, List<String> questions, List<ItemAnswer> items) {
    }

    @GetMapping("/aggregate")
    @Operation(operationId = "aggregateLabels", summary = "Aggregate the project's answers per question: single choice and rating questions with "
            + "method=mv|wawa|ds|ocds|mace (default ds), per item the label and its confidence; box questions by IoU "
            + "clustering (boxes, each with support and confidence); comparison questions by Bradley-Terry (rankings)")
    AggregationReport aggregate(CurrentUser caller, @PathVariable UUID projectId, @RequestParam(defaultValue = "ds") String method) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        var chosen = Consensus.method(method);
        var p = access.project();
        return tenants.read(p.tenantId(), () -> {
            var result = consensus.aggregate(p.tenantId(), p.id(), p.schemaVersion(), chosen);
            var externalIds = new LinkedHashMap<UUID, String>();
            for (var row : answeredItems.externalIds(p)) {
                externalIds.put(row.itemId(), payloads.openExternalId(p.tenantId(), p.id(), row.sealedExternalId()));
            }
            var items = new ArrayList<ItemAnswer>();
            externalIds.forEach((item, externalId) -> {
                var labels = result.item(item);
                var boxes = result.boxesOf(item);
                var rankings = result.rankingsOf(item);
                if (!labels.isEmpty() || !boxes.isEmpty() || !rankings.isEmpty()) {
                    var answer = new LinkedHashMap<String, String>();
                    var confidence = new LinkedHashMap<String, Double>();
                    labels.forEach((q, l) -> {
                        answer.put(q, l.label());
                        confidence.put(q, l.confidence());
                    });
                    items.add(new ItemAnswer(item, externalId, chosen.code(), answer, confidence, boxes, rankings));
                }
            });
            return new AggregationReport(chosen.code(), List.copyOf(result.questions().keySet()), items);
        });
    }
}
