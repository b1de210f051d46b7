package dev.annota.annotation.internal;

import java.io.OutputStream;

import dev.annota.annotation.ExportFormat;
import dev.annota.annotation.ExportSummary;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import org.springframework.stereotype.Component;

/**
 * Writes an export in its format, for a download and for a job alike: jsonl by {@link LabelExport}, the training
 * shapes by {@link TrainingExport}, the exchange formats by {@link ExchangeExport}.
 */
@Component
record ExportWriter(LabelExport labels, TrainingExport training, ExchangeExport exchange) {

    /**
     * Refuses what would fail before the first byte: a format that does not fit the project, a filter the format has no
     * place for, a question or a licence that is not there. A 422 then, never a half-written file.
     */
    void check(ProjectAccess access, ExportRequest request) {
        Projects.requireManage(access);
        ExportFormat.of(request.format().id(), access.project().taskType());
        request.filter().requireFits(request.format());
        switch (request.format()) {
            case JSONL, CSV, PARQUET, LABEL_STUDIO -> {
            }
            default -> training.question(access.project(), request.question());
        }
        if (request.format() == ExportFormat.PARQUET) {
            DatasetCard.license(request.license());
        }
    }

    /** {@code walked}: told of every answer read (an export job's progress). */
    ExportSummary write(ProjectAccess access, ExportRequest request, OutputStream out, Runnable walked) {
        return switch (request.format()) {
            case JSONL -> labels.write(access, !request.includeUnlabeled(), request.aggregate(), request.filter(), out, walked);
            case TRL, SFT, COCO -> training.write(access, request.format(), request.question(), request.filter(), out, walked);
            default -> exchange.write(access, request.format(), request.question(), request.filter(), request.license(), out, walked);
        };
    }
}
