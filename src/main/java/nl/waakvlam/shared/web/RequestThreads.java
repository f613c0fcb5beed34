package nl.waakvlam.shared.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * How many requests are worked on at once. The pages are CPU-bound (rendering), with short waits for
 * PostgreSQL, so a couple of threads per core serve more pages with a shorter tail than Tomcat's 200
 * sharing the cores: the others wait their turn in the connection queue instead of slowing everyone
 * down. By default two per core, at least four ({@code WAAKVLAM_REQUEST_THREADS} sets a number); on
 * the 2-core benchmark machine four threads gave the long client file 300 files per second with p95
 * 78 ms, eight 275 with p95 92 ms, and 200 a fifth less (docs/performance.md).
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final int threads;

    RequestThreads(@Value("${waakvlam.request-threads:0}") int configured) {
        this.threads = configured > 0 ? configured : forCores(Runtime.getRuntime().availableProcessors());
    }

    static int forCores(int cores) {
        return Math.max(4, 2 * cores);
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
