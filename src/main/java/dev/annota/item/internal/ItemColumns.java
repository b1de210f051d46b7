package dev.annota.item.internal;

import dev.annota.crypto.EncryptedColumns;
import dev.annota.item.ItemPayloads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the crypto module which item columns hold sealed values, so a key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class ItemColumns {

    @Bean
    EncryptedColumns sealedItemColumns() {
        return new EncryptedColumns(ItemPayloads.PAYLOAD, ItemPayloads.IMAGE_CONTENT, ItemPayloads.IMAGE_NAME,
                ItemPayloads.PREDICTIONS, ItemPayloads.GOLD_ANSWER, ItemPayloads.EXTERNAL_ID);
    }
}
