package nl.waakvlam;

import nl.waakvlam.client.Phase;
import nl.waakvlam.coach.Gender;
import nl.waakvlam.organisation.OrganisationType;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Dutch and English bundles stay in step, and templates contain no literal user-facing text. */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Text between tags that still contains a letter after removing expressions and entities. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|aria-description)=\"([^\"]*)\"");

    @Test
    void countsReadAsWordsWithTheRightPluralNeverAsOneDagen() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale dutch = Locale.forLanguageTag("nl");
        Locale english = Locale.ENGLISH;
        assertThat(messages.getMessage("caseload.daysAgo", new Object[]{1L}, dutch)).isEqualTo("gisteren");
        assertThat(messages.getMessage("caseload.daysAgo", new Object[]{12L}, dutch)).isEqualTo("12 dagen geleden");
        assertThat(messages.getMessage("coaches.designatedCoverCount", new Object[]{1L}, dutch)).isEqualTo("1 cliënt");
        assertThat(messages.getMessage("intake.daysWaiting", new Object[]{1L}, dutch)).isEqualTo("1 dag");
        assertThat(messages.getMessage("attention.flameOut", new Object[]{1L, 14}, dutch))
                .contains("1 dag geen echt contact").contains("elke 14 dagen");
        assertThat(messages.getMessage("attention.flameOutNever", new Object[]{7}, dutch))
                .contains("nog geen echt contact").doesNotContain("–");
        assertThat(messages.getMessage("event.waitingDays", new Object[]{1L}, english)).isEqualTo("1 day waiting");
        assertThat(messages.getMessage("rhythm.every", new Object[]{1}, english)).contains("every day");
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = keys("i18n/messages.properties");
        Set<String> english = keys("i18n/messages_en.properties");
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        assertThat(onlyDutch).as("keys only in messages.properties").isEmpty();
        assertThat(onlyEnglish).as("keys only in messages_en.properties").isEmpty();
        assertThat(dutch).isNotEmpty();
    }

    @Test
    void everyEnumValueShownToUsersHasALabel() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        List<String> missing = new ArrayList<>();
        labelled(dutch, "phase.", Phase.values(), missing);
        labelled(dutch, "role.", Role.values(), missing);
        labelled(dutch, "gender.", Gender.values(), missing);
        labelled(dutch, "organisation.type.", OrganisationType.values(), missing);
        labelled(dutch, "auditAction.", AuditAction.values(), missing);
        labelled(dutch, "auditOutcome.", AuditOutcome.values(), missing);
        assertThat(missing).isEmpty();
    }

    private static void labelled(Properties bundle, String prefix, Enum<?>[] values, List<String> missing) {
        for (Enum<?> value : values) {
            if (!bundle.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    @Test
    void dutchBundleKeepsDiacritics() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        assertThat(dutch.getProperty("layout.nav.caseload")).contains("cliënten");
    }

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "")
                        .replaceAll("(?s)<style.*?</style>", "");
                // attribute values may contain '>' (th:if="${a > 1}"); they are checked separately
                Matcher text = TEXT_NODE.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\""));
                while (text.find()) {
                    String content = text.group(1)
                            .replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "")
                            .replaceAll("&[a-z]+;|&#\\d+;", "");
                    if (content.codePoints().anyMatch(Character::isLetter)) {
                        findings.add(TEMPLATES.relativize(file) + ": text '" + content.trim() + "'");
                    }
                }
                Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
                while (attribute.find()) {
                    if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                        findings.add(TEMPLATES.relativize(file) + ": attribute " + attribute.group());
                    }
                }
            }
        }
        assertThat(findings).as("literal user-facing text in templates; use #{…}").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Set<String> dutch = keys("i18n/messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    String used = matcher.group(1);
                    // keys built from an enum value end in a dot: #{'phase.' + ...}
                    if (!used.endsWith(".") && !dutch.contains(used)) {
                        missing.add(TEMPLATES.relativize(file) + ": " + used);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
