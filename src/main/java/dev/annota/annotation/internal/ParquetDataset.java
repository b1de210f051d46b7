package dev.annota.annotation.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of a Hugging Face dataset folder: {@code README.md} (the dataset card) and
 * {@code data/train-00000-of-00001.parquet}, written as the rows come (the card first: it needs only the columns).
 */
final class ParquetDataset {

    static final String DATA = "data/train-00000-of-00001.parquet";

    private final FlatTable table;
    private final String license;
    private final String name;

    ParquetDataset(FlatTable table, String license, String name) {
        this.table = table;
        this.license = license;
        this.name = name;
    }

    void write(Consumer<Consumer<List<Object>>> rows, OutputStream out) {
        try {
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("README.md"));
            zip.write(DatasetCard.of(table, license, name, "data/train-*.parquet").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(DATA));
            // Parquet closes its stream at the end of the file: the zip must stay open for its central directory.
            try (var parquet = new ParquetTable(table.columns(), new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            })) {
                rows.accept(parquet::write);
            }
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
