package dev.annota.testing;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * A socket factory for the PostgreSQL driver ({@code socketFactory=dev.annota.testing.RoundTripCounter} in the JDBC
 * URL) that counts network round trips per thread: a read that follows a write is one more round trip. A test reads the
 * count before and after a call made on its own thread, so it sees how often that call waited on the database, which
 * no statement count shows once statements travel together.
 */
public class RoundTripCounter extends SocketFactory {

    /** Counted on the thread that reads the answer: the one that made the call. */
    private static final ThreadLocal<int[]> TRIPS = ThreadLocal.withInitial(() -> new int[1]);

    /** The URL parameter that routes a connection through this counter. */
    public static final String URL_PARAMETER = "socketFactory=" + RoundTripCounter.class.getName();

    /**
     * The shared PostgreSQL database with every round trip counted. prepareThreshold=1: the driver prepares every
     * statement on the server from its first use, as it does from the fifth on a pooled connection under load. A
     * prepared statement with an untyped parameter (a Timestamp) is described, and the driver then splits a round trip
     * around it when it returns text: the claim made 7 round trips in production while a test on fresh statements
     * counted 5.
     */
    public static void registerCounted(org.springframework.test.context.DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
        registry.add("spring.datasource.url", () -> PostgresDatabase.shared().url() + "?" + URL_PARAMETER + "&prepareThreshold=1");
    }

    public RoundTripCounter() {
    }

    /** Round trips the current thread has made so far over counted connections. */
    public static int ofCurrentThread() {
        return TRIPS.get()[0];
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket s = createSocket();
        s.connect(new java.net.InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(String host, int port, java.net.InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(java.net.InetAddress host, int port) throws IOException {
        Socket s = createSocket();
        s.connect(new java.net.InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(java.net.InetAddress address, int port, java.net.InetAddress localAddress, int localPort) throws IOException {
        return createSocket(address, port);
    }

    private static final class CountingSocket extends Socket {
        /** Whether the last thing done on this socket was a write: the next read then waits for an answer. */
        private volatile boolean wrote;
        private InputStream counted;
        private OutputStream noted;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        count();
                        return super.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        count();
                        return super.read(b, off, len);
                    }
                };
            }
            return counted;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (noted == null) {
                noted = new FilterOutputStream(super.getOutputStream()) {
                    @Override
                    public void write(int b) throws IOException {
                        wrote = true;
                        super.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        wrote = true;
                        out.write(b, off, len); // the wrapped stream: FilterOutputStream would write byte by byte
                    }
                };
            }
            return noted;
        }

        private void count() {
            if (wrote) {
                wrote = false;
                TRIPS.get()[0]++;
            }
        }
    }
}
