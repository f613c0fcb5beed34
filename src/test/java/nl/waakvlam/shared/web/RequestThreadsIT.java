package nl.waakvlam.shared.web;

import nl.waakvlam.support.IntegrationTest;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Tomcat works on the few request threads {@code server.tomcat.threads.max} says, not its default 200. */
@IntegrationTest
class RequestThreadsIT {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void tomcatWorksOnTheConfiguredThreads() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads()).isEqualTo(8);
        assertThat(protocol.getMinSpareThreads()).isEqualTo(8);
    }
}
