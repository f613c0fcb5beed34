package nl.waakvlam.reference;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes of items the administrator adds: readable, unique within their list, and short enough to store. */
class ReferenceListsTests {

    @Test
    void aCodeIsMadeFromTheEnglishNameAndKeptUnique() {
        assertThat(ReferenceLists.codeFor("Lost contact", Set.of())).isEqualTo("LOST_CONTACT");
        assertThat(ReferenceLists.codeFor("Café & naïve ", Set.of())).isEqualTo("CAFE_NAIVE");
        assertThat(ReferenceLists.codeFor("Other", Set.of("OTHER", "OTHER_2"))).isEqualTo("OTHER_3");
        assertThat(ReferenceLists.codeFor("!!!", Set.of())).isEqualTo("ITEM");
        String longCode = ReferenceLists.codeFor("A very long name that goes on and on for ever", Set.of());
        assertThat(longCode).hasSizeLessThanOrEqualTo(26).doesNotEndWith("_").startsWith("A_VERY_LONG");
        assertThat(ReferenceLists.codeFor("A very long name that goes on and on for ever", Set.of(longCode)))
                .hasSizeLessThanOrEqualTo(30).isNotEqualTo(longCode);
    }
}
