package dev.annota.item.internal;

import java.util.Optional;

/**
 * The image formats a project accepts, recognized by their first bytes (the file's magic number), never by the name
 * or the Content-Type the client sends: a GIF renamed to .png, or an HTML page sent as image/png, is refused.
 */
enum ImageFormat {
    PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

    /** Enough of the head of a file to tell the three apart. */
    static final int MAGIC_BYTES = 12;

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ImageFormat> sniff(byte[] head, int length) {
        if (length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0d && head[5] == 0x0a && head[6] == 0x1a && head[7] == 0x0a) {
            return Optional.of(PNG);
        }
        if (length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }
}
