package dev.annota.web.internal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NumericNode;

/**
 * Request bodies are read strictly, so that what a client meant is never silently changed: a field the call does not
 * know is refused (a misspelt {@code "overlapp": 3} would otherwise create a project with the default overlap), a
 * key given twice is refused (which one wins is parser folklore), and a number beyond a double's range is refused
 * (Jackson reads {@code 1e999999} as Infinity, which then travelled on as the string "Infinity").
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .nodeFactory(new FiniteNumbers());
    }

    /** Builds JSON trees whose floating-point numbers are finite; an overflowing literal fails the read. */
    static final class FiniteNumbers extends JsonNodeFactory {

        @Override
        public NumericNode numberNode(double value) {
            if (!Double.isFinite(value)) {
                throw new NumberOutOfRange();
            }
            return super.numberNode(value);
        }

        @Override
        public NumericNode numberNode(float value) {
            if (!Float.isFinite(value)) {
                throw new NumberOutOfRange();
            }
            return super.numberNode(value);
        }
    }

    /** A number literal that is no finite double. */
    static final class NumberOutOfRange extends IllegalArgumentException {
        NumberOutOfRange() {
            super("A number in the request is outside the range of a double (about ±1.8e308).");
        }
    }
}
