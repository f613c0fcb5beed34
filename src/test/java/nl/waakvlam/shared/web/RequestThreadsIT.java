package nl.waakvlam.shared.web;

import nl.waakvlam.support.IntegrationTest;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RequestThreadsIT {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void tomcatWorksOnFourRequestsPerCoreUnlessTold() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads())
                .isEqualTo(RequestThreads.forCores(Runtime.getRuntime().availableProcessors()))
                .isLessThan(200);
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(protocol.getMaxThreads());
        assertThat(RequestThreads.forCores(1)).isEqualTo(4);
        assertThat(RequestThreads.forCores(2)).isEqualTo(8);
        assertThat(RequestThreads.forCores(8)).isEqualTo(32);
        assertThat(new RequestThreads(6).threads()).isEqualTo(6);
        assertThat(new RequestThreads(0).threads()).isEqualTo(protocol.getMaxThreads());
    }
}
