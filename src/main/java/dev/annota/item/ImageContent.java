package dev.annota.item;

/** The bytes of an uploaded image, opened for one person (the showing is in the access log). */
public record ImageContent(String mediaType, byte[] bytes) {
}
