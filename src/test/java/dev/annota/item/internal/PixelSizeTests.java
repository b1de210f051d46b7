package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Formats by magic bytes and pixel sizes from headers, without Spring. The WebP files were written by Chromium. */
class PixelSizeTests {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PixelSizeTests.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }

    private static PixelSize sizeOf(byte[] bytes) {
        ImageFormat format = ImageFormat.sniff(bytes, bytes.length).orElseThrow();
        return PixelSize.of(format, bytes).orElseThrow();
    }

    @Test
    void pngAndJpegSizesComeFromTheirHeaders() {
        assertThat(sizeOf(Fixtures.png(640, 7))).isEqualTo(new PixelSize(640, 7));
        assertThat(sizeOf(Fixtures.jpeg(13, 480))).isEqualTo(new PixelSize(13, 480));
        assertThat(ImageFormat.sniff(Fixtures.jpeg(2, 2), 3)).contains(ImageFormat.JPEG);
    }

    @Test
    void webpSizesComeFromEachOfItsThreeFirstChunkKinds() throws IOException {
        assertThat(sizeOf(resource("extended-lossy-37x23.webp"))).as("VP8X").isEqualTo(new PixelSize(37, 23));
        assertThat(sizeOf(resource("extended-lossless-37x23.webp"))).as("VP8X").isEqualTo(new PixelSize(37, 23));
        assertThat(sizeOf(resource("simple-lossy-1x1.webp"))).as("VP8").isEqualTo(new PixelSize(1, 1));
        assertThat(sizeOf(resource("simple-lossless-1x1.webp"))).as("VP8L").isEqualTo(new PixelSize(1, 1));
    }

    @Test
    void gifBmpHtmlAndOtherRiffFilesAreNoAcceptedFormat() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes();
        byte[] bmp = {'B', 'M', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] wav = "RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes();
        byte[] html = "<!doctype html>".getBytes();
        for (byte[] bytes : new byte[][] {gif, bmp, wav, html, new byte[0]}) {
            assertThat(ImageFormat.sniff(bytes, bytes.length)).as(new String(bytes)).isEmpty();
        }
    }

    @Test
    void aDamagedHeaderHasNoSize() throws IOException {
        byte[] png = Arrays.copyOf(Fixtures.png(10, 10), 16);
        byte[] webp = Arrays.copyOf(resource("simple-lossy-1x1.webp"), 26);
        byte[] lossless = resource("simple-lossless-1x1.webp");
        lossless[20] = 0;

        assertThat(PixelSize.of(ImageFormat.PNG, png)).isEmpty();
        assertThat(PixelSize.of(ImageFormat.WEBP, webp)).isEmpty();
        assertThat(PixelSize.of(ImageFormat.WEBP, lossless)).as("no VP8L signature").isEmpty();
    }

    @Test
    void sidesOutsideOneTo100000PixelsDoNotFit() {
        assertThat(new PixelSize(100_000, 1).fits()).isTrue();
        assertThat(new PixelSize(100_001, 1).fits()).isFalse();
        assertThat(new PixelSize(5, 0).fits()).isFalse();
    }
}
