package dev.annota.item.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The width and height of an image in pixels, read from its header only: nothing is decoded, so a small file that
 * claims a huge canvas (a decompression bomb) costs nothing here, and is then refused for its size. PNG and JPEG
 * through javax.imageio's readers; WebP (which the JDK cannot read) from its RIFF chunks, per RFC 9649.
 */
record PixelSize(int width, int height) {

    /** The largest side accepted, as for an image referenced by URL (see TaskType). */
    static final int MAX_SIDE = 100_000;

    /** The size, or empty when the header is damaged or unreadable. */
    static Optional<PixelSize> of(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case PNG, JPEG -> imageIo(format, bytes);
            case WEBP -> webp(bytes);
        };
    }

    private static Optional<PixelSize> imageIo(ImageFormat format, byte[] bytes) {
        var readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return Optional.of(new PixelSize(reader.getWidth(0), reader.getHeight(0)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    /**
     * The first chunk after "RIFF....WEBP" says it: VP8X (extended: 24-bit width-1 and height-1 at offset 24), VP8L
     * (lossless: signature 0x2f, then 14-bit width-1 and height-1) or "VP8 " (lossy: a key frame's start code
     * 9d 01 2a, then 14-bit width and height).
     */
    private static Optional<PixelSize> webp(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X" -> {
                int w = 1 + (u(b, 24) | u(b, 25) << 8 | u(b, 26) << 16);
                int h = 1 + (u(b, 27) | u(b, 28) << 8 | u(b, 29) << 16);
                return Optional.of(new PixelSize(w, h));
            }
            case "VP8L" -> {
                if (u(b, 20) != 0x2f) {
                    return Optional.empty();
                }
                int bits = u(b, 21) | u(b, 22) << 8 | u(b, 23) << 16 | u(b, 24) << 24;
                return Optional.of(new PixelSize(1 + (bits & 0x3fff), 1 + (bits >>> 14 & 0x3fff)));
            }
            case "VP8 " -> {
                if (u(b, 23) != 0x9d || u(b, 24) != 0x01 || u(b, 25) != 0x2a) {
                    return Optional.empty();
                }
                return Optional.of(new PixelSize((u(b, 26) | u(b, 27) << 8) & 0x3fff, (u(b, 28) | u(b, 29) << 8) & 0x3fff));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xff;
    }

    boolean fits() {
        return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE;
    }
}
