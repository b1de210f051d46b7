package dev.annota.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real nginx (Debian's package) in front of the application, terminating TLS with a self-signed certificate made for
 * the test by {@code openssl}, and passing requests on over plain HTTP with {@code X-Forwarded-Proto}, as the
 * production setup in docs/configuration.md does. One process ({@code master_process off}), stopped by {@link #close}.
 */
public final class Nginx implements AutoCloseable {

    private static final List<String> BINARIES = List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx");

    private final Process process;
    private final int port;
    private final SSLContext trust;

    private Nginx(Process process, int port, SSLContext trust) {
        this.process = process;
        this.port = port;
        this.trust = trust;
    }

    /** Null when nginx and openssl are there, otherwise what is missing. */
    public static String unavailableBecause() {
        if (binary() == null) {
            return "nginx is not installed";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            return "openssl is not installed";
        }
        return null;
    }

    private static String binary() {
        return BINARIES.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst().orElse(null);
    }

    /** Starts nginx on a free port of 127.0.0.1, serving HTTPS for localhost and proxying to the application's port. */
    public static Nginx proxying(int applicationPort, Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        run(List.of("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.toString(), "-out", cert.toString()));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d ssl;
                        server_name localhost;
                        ssl_certificate %3$s;
                        ssl_certificate_key %4$s;
                        location / {
                            proxy_pass http://127.0.0.1:%5$d;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Port $server_port;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        }
                    }
                }
                """.formatted(dir, port, cert, key, applicationPort));
        Process process = new ProcessBuilder(binary(), "-p", dir.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try (var probe = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out"))
                            + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
                }
                Thread.sleep(50);
            }
        }
        return new Nginx(process, port, trusting(Files.readAllBytes(cert)));
    }

    /** The proxy's base URL, {@code https://localhost:port}. */
    public String url() {
        return "https://localhost:" + port;
    }

    /** A TLS context that trusts this proxy's certificate (and nothing else). */
    public SSLContext trust() {
        return trust;
    }

    private static SSLContext trusting(byte[] pem) throws GeneralSecurityException, IOException {
        var certificate = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
        var store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("nginx", certificate);
        var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        var context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
