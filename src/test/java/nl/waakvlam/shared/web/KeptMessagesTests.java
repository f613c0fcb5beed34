package nl.waakvlam.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptMessagesTests {

    @Test
    void givesWhatTheMessageSourceGivesAndKeepsOnlyFoundLabelsOfSpokenLanguages() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("contactType.PHONE", Locale.forLanguageTag("nl"), "Telefoon");
        source.addMessage("contactType.PHONE", Locale.ENGLISH, "Phone");
        source.addMessage("common.ageYears", Locale.forLanguageTag("nl"), "{0} jaar");
        KeptMessages messages = new KeptMessages(source);

        assertThat(messages.getMessage("contactType.PHONE", null, Locale.forLanguageTag("nl"))).isEqualTo("Telefoon");
        assertThat(messages.getMessage("contactType.PHONE", new Object[0], Locale.ENGLISH)).isEqualTo("Phone");
        assertThat(messages.getMessage("common.ageYears", new Object[]{34}, Locale.forLanguageTag("nl")))
                .isEqualTo("34 jaar");
        assertThat(messages.getMessage("nothing.here", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
        assertThatThrownBy(() -> messages.getMessage("nothing.here", null, Locale.ENGLISH))
                .isInstanceOf(org.springframework.context.NoSuchMessageException.class);

        // kept: a label changed in the source afterwards is not read again (the bundles never change)
        source.addMessage("contactType.PHONE", Locale.forLanguageTag("nl"), "Gebeld");
        assertThat(messages.getMessage("contactType.PHONE", null, Locale.forLanguageTag("nl"))).isEqualTo("Telefoon");
        // a language the application does not speak is always asked of the source
        source.addMessage("contactType.PHONE", Locale.GERMAN, "Telefon");
        assertThat(messages.getMessage("contactType.PHONE", null, Locale.GERMAN)).isEqualTo("Telefon");
        source.addMessage("contactType.PHONE", Locale.GERMAN, "Anruf");
        assertThat(messages.getMessage("contactType.PHONE", null, Locale.GERMAN)).isEqualTo("Anruf");
    }
}
