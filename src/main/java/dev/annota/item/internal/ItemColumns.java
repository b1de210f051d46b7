package dev.annota.item.internal;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.item.ItemPayloads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the crypto module which item columns hold sealed values, so a key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class ItemColumns {

    @Bean
    EncryptedColumn itemPayloadColumn() {
        return ItemPayloads.PAYLOAD;
    }

    @Bean
    EncryptedColumn imageContentColumn() {
        return ItemPayloads.IMAGE_CONTENT;
    }

    @Bean
    EncryptedColumn imageNameColumn() {
        return ItemPayloads.IMAGE_NAME;
    }

    @Bean
    EncryptedColumn itemPredictionsColumn() {
        return ItemPayloads.PREDICTIONS;
    }

    @Bean
    EncryptedColumn itemGoldAnswerColumn() {
        return ItemPayloads.GOLD_ANSWER;
    }

    @Bean
    EncryptedColumn itemExternalIdColumn() {
        return ItemPayloads.EXTERNAL_ID;
    }
}
