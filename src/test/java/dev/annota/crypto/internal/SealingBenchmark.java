package dev.annota.crypto.internal;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.google.crypto.tink.Aead;
import dev.annota.crypto.EncryptedColumn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of sealing and opening one value (AES-256-GCM through Tink, associated data, base64 text form), by payload
 * size. Commands and figures: docs/benchmarks.md, section "Encryption cost". Not a test: Surefire only runs *Tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SealingBenchmark {

    static final EncryptedColumn PAYLOAD = new EncryptedColumn("items", "payload");

    /** Bytes of JSON: a short classification text, a typical prompt + response, a long document. */
    @Param({"200", "2000", "20000"})
    int size;

    Aead aead;
    UUID tenant;
    UUID row;
    String json;
    String sealed;

    @Setup
    public void setUp() throws Exception {
        aead = Keysets.aead(Keysets.rotate(Keysets.generate()));
        tenant = UUID.randomUUID();
        row = UUID.randomUUID();
        var text = new StringBuilder("{\"text\":\"");
        while (text.length() < size - 2) {
            text.append("lorem ipsum dolor sit amet ");
        }
        json = text.substring(0, size - 2) + "\"}";
        sealed = ValueCodec.seal(aead, tenant, PAYLOAD, row, json);
    }

    @Benchmark
    public String seal() throws Exception {
        return ValueCodec.seal(aead, tenant, PAYLOAD, row, json);
    }

    @Benchmark
    public String open() throws Exception {
        return ValueCodec.open(aead, tenant, PAYLOAD, row, sealed);
    }
}
