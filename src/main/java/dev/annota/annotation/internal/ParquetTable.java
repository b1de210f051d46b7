package dev.annota.annotation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * One Parquet file of a {@link FlatTable}, written to a stream that it does not close (a zip entry). Parquet's own
 * writer without Hadoop (docs/decisions/0005-parquet-without-hadoop.md): a plain configuration and an
 * {@link OutputFile} over the stream. Memory is bounded by the row group (8 MiB here, not Parquet's 128 MiB default):
 * the writer buffers one row group's columns before it writes them.
 */
final class ParquetTable implements AutoCloseable {

    static final int ROW_GROUP_BYTES = 8 * 1024 * 1024;

    private final List<FlatTable.Column> columns;
    private final SimpleGroupFactory rows;
    private final ParquetWriter<Group> writer;

    ParquetTable(List<FlatTable.Column> columns, OutputStream out) {
        this.columns = columns;
        MessageType schema = schema(columns);
        this.rows = new SimpleGroupFactory(schema);
        try {
            this.writer = builder(new StreamFile(out))
                    .withType(schema)
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withCodecFactory(Uncompressed.FACTORY)
                    .withRowGroupSize(ROW_GROUP_BYTES)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final MethodHandle BUILDER;
    private static final MethodHandle WITH_CONF;

    static {
        // builder(OutputFile) and withConf(ParquetConfiguration) have overloads taking Hadoop types (Path,
        // Configuration); naming them in source would make javac load those classes to choose between the overloads.
        // Looked up by their exact types, they run without Hadoop on the class path.
        try {
            var lookup = MethodHandles.publicLookup();
            BUILDER = lookup.findStatic(ExampleParquetWriter.class, "builder",
                    MethodType.methodType(ExampleParquetWriter.Builder.class, OutputFile.class));
            WITH_CONF = lookup.findVirtual(ParquetWriter.Builder.class, "withConf",
                    MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static ExampleParquetWriter.Builder builder(OutputFile file) {
        try {
            var builder = (ExampleParquetWriter.Builder) BUILDER.invoke(file);
            return (ExampleParquetWriter.Builder) WITH_CONF.invoke(builder, (ParquetConfiguration) new PlainParquetConfiguration());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot set up Parquet's writer", e);
        }
    }

    static MessageType schema(List<FlatTable.Column> columns) {
        var fields = new java.util.ArrayList<Type>();
        for (FlatTable.Column c : columns) {
            fields.add(switch (c.type()) {
                case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INTEGER -> Types.optional(PrimitiveTypeName.INT64).named(c.name());
                case DECIMAL -> Types.optional(PrimitiveTypeName.DOUBLE).named(c.name());
            });
        }
        return new MessageType("annota", fields);
    }

    /** One row; a null value is a missing (null) cell. */
    void write(List<Object> values) {
        Group row = rows.newGroup();
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            String name = columns.get(i).name();
            switch (columns.get(i).type()) {
                case STRING -> row.append(name, value.toString());
                case INTEGER -> row.append(name, ((Number) value).longValue());
                case DECIMAL -> row.append(name, ((Number) value).doubleValue());
            }
        }
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pages stored as they are: Parquet's own codec factory loads Hadoop's compressors even for no compression. The
     * zip around the file deflates it instead.
     */
    private enum Uncompressed implements CompressionCodecFactory.BytesInputCompressor {
        COMPRESSOR;

        static final CompressionCodecFactory FACTORY = new CompressionCodecFactory() {
            @Override
            public BytesInputCompressor getCompressor(CompressionCodecName codec) {
                if (codec != CompressionCodecName.UNCOMPRESSED) {
                    throw new IllegalArgumentException("Only uncompressed pages are written: " + codec);
                }
                return COMPRESSOR;
            }

            @Override
            public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
                throw new UnsupportedOperationException("The export writes Parquet; it never reads it");
            }

            @Override
            public void release() {
            }
        };

        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public void release() {
        }
    }

    /** The stream as a Parquet output file: positions counted, the stream left open for the next zip entry. */
    private record StreamFile(OutputStream out) implements OutputFile {

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long position;

                @Override
                public long getPos() {
                    return position;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    position++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    position += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        @Override
        public String getPath() {
            return "data.parquet";
        }
    }
}
