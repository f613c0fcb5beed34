package nl.waakvlam.shared.operations;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LogFormatTests {

    private final LogFormat format = new LogFormat();

    @Test
    void jsonAsksForBootsStructuredEcsLogging() {
        MockEnvironment environment = new MockEnvironment().withProperty("waakvlam.log-format", "JSON");
        format.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void plainTextByDefaultAndAnExplicitBootSettingWins() {
        MockEnvironment plain = new MockEnvironment();
        format.postProcessEnvironment(plain, new SpringApplication());
        assertThat(plain.getProperty("logging.structured.format.console")).isNull();

        MockEnvironment explicit = new MockEnvironment().withProperty("waakvlam.log-format", "json")
                .withProperty("logging.structured.format.console", "logstash");
        format.postProcessEnvironment(explicit, new SpringApplication());
        assertThat(explicit.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }
}
