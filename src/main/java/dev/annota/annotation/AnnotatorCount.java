package dev.annota.annotation;

import java.util.UUID;

public record AnnotatorCount(UUID annotatorId, String displayName, long annotations) {
}
