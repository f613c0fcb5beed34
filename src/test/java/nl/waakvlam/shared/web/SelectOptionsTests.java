package nl.waakvlam.shared.web;

import nl.waakvlam.shared.Choice;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The select options of {@code fragments/forms.html}: enums labelled from the messages, choices by their own labels. */
class SelectOptionsTests {

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
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(messages);
        engine.setEnableSpringELCompiler(true);
        return engine;
    }

    private String render(String template, Locale locale, Map<String, Object> variables) {
        return engine.process(template, new Context(locale, variables)).replaceAll("\\s+", " ").replace("> <", "><").strip();
    }

    @Test
    void writesAnOptionPerChoiceAfterTheSelectsOwnOptionsEscapedAndSelectedByValue() {
        String html = render("""
                <select name="d"><option value="" th:text="#{all}"></option><th:block th:replace="~{fragments/forms :: choiceOptions(${domains}, ${chosen})}"></th:block></select>""",
                DUTCH, Map.of("chosen", 2L, "domains", List.of(new Domain(1L, "Werk"),
                        new Domain(2L, "<script>alert(1)</script>"), new Domain(3L, "Wonen \"thuis\""))));

        assertThat(html).isEqualTo("<select name=\"d\"><option value=\"\">Alle</option>"
                + "<option value=\"1\">Werk</option>"
                + "<option value=\"2\" selected=\"selected\">&lt;script&gt;alert(1)&lt;/script&gt;</option>"
                + "<option value=\"3\">Wonen &quot;thuis&quot;</option></select>");
    }

    @Test
    void enumsAreLabelledFromTheMessagesAndSelectedByNameOrConstant() {
        String byName = render("""
                <select name="s"><th:block th:replace="~{fragments/forms :: enumOptions(${statuses}, 'status.', ${chosen})}"></th:block></select>""",
                DUTCH, Map.of("statuses", Status.values(), "chosen", "DONE"));
        String byConstant = render("""
                <select name="s"><th:block th:replace="~{fragments/forms :: enumOptions(${statuses}, ${prefix}, ${chosen})}"></th:block></select>""",
                DUTCH, Map.of("statuses", List.of(Status.values()), "prefix", "status.", "chosen", Status.DONE));
        String unselected = render("""
                <select name="s"><th:block th:replace="~{fragments/forms :: enumOptions(${statuses}, 'status.', ${null})}"></th:block></select>""",
                DUTCH, Map.of("statuses", Status.values()));

        String expected = "<select name=\"s\"><option value=\"OPEN\">Open</option>"
                + "<option value=\"DONE\" selected=\"selected\">Klaar &amp; af</option></select>";
        assertThat(byName).isEqualTo(expected);
        assertThat(byConstant).isEqualTo(expected);
        assertThat(unselected).isEqualTo(expected.replace(" selected=\"selected\"", ""));
    }

    @Test
    void labelsInThePagesLanguageAndNothingForAnEmptyList() {
        String english = render("<select><th:block th:replace=\"~{fragments/forms :: choiceOptions(${domains}, ${null})}\"></th:block></select>",
                Locale.ENGLISH, Map.of("domains", List.of(new Domain(4L, "Work"))));
        String empty = render("<select><th:block th:replace=\"~{fragments/forms :: choiceOptions(${domains}, ${null})}\"></th:block></select>",
                DUTCH, Map.of("domains", List.of()));

        assertThat(english).isEqualTo("<select><option value=\"4\">Work (en)</option></select>");
        assertThat(empty).isEqualTo("<select></select>");
    }
}
