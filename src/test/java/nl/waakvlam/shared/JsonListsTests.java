package nl.waakvlam.shared;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON arrays as PostgreSQL's json_agg writes them, read with the application's JSON mapper. */
class JsonListsTests {

    record Row(Long id, LocalDate on, Instant at, String note) {
    }

    @Test
    void readsDatesAndInstantsWithAnOffsetAsPostgresqlWritesThem() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> {
                    JsonLists lists = new JsonLists(context.getBean(JsonMapper.class));
                    String column = "[{\"id\" : 7, \"on\" : \"2026-11-26\", \"at\" : \"2026-11-26T09:15:00.123456+01:00\", "
                            + "\"note\" : \"een \\\"notitie\\\"\"}, {\"id\" : 8, \"on\" : null, \"at\" : null, \"note\" : null}]";
                    ResultSet row = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[]{ResultSet.class}, (proxy, method, args) -> column);

                    List<Row> rows = lists.read(row, "rows", Row.class);

                    assertThat(rows).containsExactly(
                            new Row(7L, LocalDate.of(2026, 11, 26), Instant.parse("2026-11-26T08:15:00.123456Z"),
                                    "een \"notitie\""),
                            new Row(8L, null, null, null));
                });
    }
}
