package dev.annota.annotation.internal;

import java.util.UUID;

import dev.annota.item.ItemAnswers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The annotation module's answer to the item module's question how many answers an item has (unmarking gold). */
@Component
record AnswersOfItems(JdbcClient jdbc) implements ItemAnswers {

    @Override
    public int count(UUID tenantId, UUID itemId) {
        return jdbc.sql("select count(*) from annotations where tenant_id = ? and item_id = ?")
                .params(tenantId, itemId).query(Integer.class).single();
    }
}
