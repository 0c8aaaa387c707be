package io.partybranch.common.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The body limit counted on the bytes actually read, whatever the request declared: a chunked body
 * has no Content-Length for {@link RequestFilters} to check, so every body reader reads through a
 * counter that stops at {@code platform.http.max-body-bytes} with a 413 problem.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "platform.http.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Counted(context.getInputStream(), maxBodyBytes));
        return context.proceed();
    }

    static WebApplicationException tooLarge(long limit) {
        return new WebApplicationException(Response.status(413).type(Problem.MEDIA_TYPE)
                .entity(new Problem(URI.create("/problems/payload-too-large"), "请求内容过大", 413,
                        "The body exceeds " + limit + " bytes", null, null))
                .build());
    }

    private static final class Counted extends FilterInputStream {

        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
