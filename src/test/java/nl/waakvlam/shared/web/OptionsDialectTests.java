package nl.waakvlam.shared.web;

import nl.waakvlam.shared.Choice;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsDialectTests {

    enum Status { OPEN, DONE }

    record Domain(Long id, String name) implements Choice {

        @Override
        public String choiceValue() {
            return String.valueOf(id);
        }

        @Override
        public String choiceLabel(Locale locale) {
            return name + (locale.getLanguage().equals("en") ? " (en)" : "");
        }
    }

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SpringTemplateEngine engine = engine();

    private static SpringTemplateEngine engine() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("status.OPEN", DUTCH, "Open");
        messages.addMessage("status.DONE", DUTCH, "Klaar & af");
        messages.addMessage("all", DUTCH, "Alle");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setTemplateEngineMessageSource(messages);
        engine.setEnableSpringELCompiler(true);
        engine.addDialect(new OptionsDialect());
        return engine;
    }

    private String render(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(DUTCH, variables));
    }

    @Test
    void writesAnOptionPerItemAfterTheSelectsOwnOptionsEscapedLikeThText() {
        String html = render("""
                <select name="d" th:id="${id}" wv:options="${domains}" wv:option-selected="${chosen}"><option value="" th:text="#{all}"></option></select>""",
                Map.of("id", "domain", "chosen", 2L,
                        "domains", List.of(new Domain(1L, "Werk"), new Domain(2L, "<script>alert(1)</script>"),
                                new Domain(3L, "Wonen \"thuis\""))));

        assertThat(html).isEqualTo("<select name=\"d\" id=\"domain\"><option value=\"\">Alle</option>"
                + "<option value=\"1\">Werk</option>"
                + "<option value=\"2\" selected=\"selected\">&lt;script&gt;alert(1)&lt;/script&gt;</option>"
                + "<option value=\"3\">Wonen &quot;thuis&quot;</option></select>");
    }

    @Test
    void enumsAreLabelledFromTheMessagesAndSelectedByNameOrConstant() {
        String byName = render("""
                <select name="s" wv:options="${statuses}" wv:option-labels="'status.'" wv:option-selected="${chosen}"></select>""",
                Map.of("statuses", Status.values(), "chosen", "DONE"));
        String byConstant = render("""
                <select name="s" wv:options="${statuses}" wv:option-labels="${prefix}" wv:option-selected="${chosen}"></select>""",
                Map.of("statuses", List.of(Status.values()), "prefix", "status.", "chosen", Status.DONE));
        String unselected = render("""
                <select name="s" wv:options="${statuses}" wv:option-labels="'status.'" wv:option-selected="${null}"></select>""",
                Map.of("statuses", Status.values()));

        String expected = "<select name=\"s\"><option value=\"OPEN\">Open</option>"
                + "<option value=\"DONE\" selected=\"selected\">Klaar &amp; af</option></select>";
        assertThat(byName).isEqualTo(expected);
        assertThat(byConstant).isEqualTo(expected);
        assertThat(unselected).isEqualTo(expected.replace(" selected=\"selected\"", ""));
    }

    @Test
    void labelsInThePagesLanguageAndNothingForAnEmptyOrMissingList() {
        String english = engine.process("<select wv:options=\"${domains}\"></select>",
                new Context(Locale.ENGLISH, Map.of("domains", List.of(new Domain(4L, "Work")))));
        String missing = render("<div><select name=\"s\" wv:options=\"${nothing}\"></select></div>", Map.of());

        assertThat(english).isEqualTo("<select><option value=\"4\">Work (en)</option></select>");
        assertThat(missing).isEqualTo("<div><select name=\"s\"></select></div>");
    }

    @Test
    void refusesItemsItCannotLabel() {
        assertThatThrownBy(() -> render("<select wv:options=\"${statuses}\"></select>",
                Map.of("statuses", List.of(Status.OPEN))))
                .hasRootCauseInstanceOf(TemplateProcessingException.class)
                .rootCause().hasMessageContaining("wv:option-labels");
        assertThatThrownBy(() -> render("<select wv:options=\"${things}\"></select>",
                Map.of("things", List.of("a string"))))
                .hasRootCauseInstanceOf(TemplateProcessingException.class);
    }
}
