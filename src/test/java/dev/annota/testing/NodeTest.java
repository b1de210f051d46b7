package dev.annota.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs a Node.js program (an official library a receiver would use, from src/test/node). Without node and
 * npm it is skipped on a laptop, but fails when the system property {@code annota.node.required} is true (as .ci/run
 * sets it, after installing them).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("node")
@ExtendWith(NodeCondition.class)
public @interface NodeTest {
}
