package dev.annota.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API answers leave in one write, with a Content-Length. Spring's message converters flush the response as soon as
 * the body is written, which commits it chunked: the body goes in one write and the chunked terminator in a second
 * when the request ends, so every claim and submit cost the server two socket writes and the client two reads
 * (docs/benchmarks.md). Here a flush only waits: Tomcat still writes whenever its buffer (8 KB) fills, so a streamed
 * export still streams, and what fits the buffer is sent when the request ends, whole.
 */
@Configuration(proxyBeanMethods = false)
class OneWriteResponses {

    @Bean
    FilterRegistrationBean<FlushAtEnd> flushAtEnd() {
        var registration = new FilterRegistrationBean<>(new FlushAtEnd());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class FlushAtEnd extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new FlushWaits(response));
        }
    }

    /** A response whose flushes wait for the end of the request (or a full buffer). */
    static final class FlushWaits extends HttpServletResponseWrapper {
        private ServletOutputStream stream;

        FlushWaits(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new WaitingStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            // Committed when the request ends (or the buffer fills), with the length known if it all fitted.
        }
    }

    private static final class WaitingStream extends ServletOutputStream {
        private final ServletOutputStream out;

        WaitingStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // See FlushWaits.flushBuffer.
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
