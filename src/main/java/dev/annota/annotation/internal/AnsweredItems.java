package dev.annota.annotation.internal;

import java.util.List;

import dev.annota.annotation.AnswerFigures;
import dev.annota.item.ItemRows;
import dev.annota.project.Project;
import org.springframework.stereotype.Component;

/** The project's items that have at least one answer. Run inside the project's tenant transaction. */
@Component
record AnsweredItems(AnswerFigures answers, ItemRows items) {

    /**
     * By item id, external ids still sealed: the answered items' ids from this module's table, their external ids
     * from the item module's.
     */
    List<ItemRows.SealedExternalId> externalIds(Project p) {
        return items.externalIds(p.tenantId(), p.id(), answers.answeredItems(p.tenantId(), p.id()));
    }
}
