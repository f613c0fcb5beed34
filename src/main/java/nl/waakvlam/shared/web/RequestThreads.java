package nl.waakvlam.shared.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * How many requests are worked on at once. The pages are CPU-bound (rendering), with short waits for
 * PostgreSQL, so a few threads per core serve more pages with a shorter tail than Tomcat's 200
 * sharing the cores: the others wait their turn in the connection queue instead of slowing everyone
 * down. By default four per core ({@code WAAKVLAM_REQUEST_THREADS} sets a number). Measured on the
 * 2-core benchmark machine with 20 users per page (docs/performance.md): 200 threads gave the long
 * client file p95 150 ms, 8 threads 107–124 ms, 4 threads 125 ms (more files per second, but users
 * whose kept-alive connections waited behind others waited longer).
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final int threads;

    RequestThreads(@Value("${waakvlam.request-threads:0}") int configured) {
        this.threads = configured > 0 ? configured : forCores(Runtime.getRuntime().availableProcessors());
    }

    static int forCores(int cores) {
        return 4 * Math.max(1, cores);
    }

    int threads() {
        return threads;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(threads);
                protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
            }
        });
    }

    /** After Boot's own customizer, whose connector customizer sets Tomcat's default of 200 threads. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
