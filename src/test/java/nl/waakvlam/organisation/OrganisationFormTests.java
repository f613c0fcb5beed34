package nl.waakvlam.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the administrator types becomes clean details: blanks are absent, a website is always a web link. */
class OrganisationFormTests {

    @Test
    void blanksBecomeAbsentAndAWebsiteGetsItsScheme() {
        OrganisationForm form = new OrganisationForm();
        form.setName("  GGZ Drechtland ");
        form.setType(OrganisationType.CARE_PROVIDER);
        form.setPhone(" ");
        form.setWebsite("www.ggz.example");
        OrganisationDetails details = form.toDetails();
        assertThat(details.name()).isEqualTo("GGZ Drechtland");
        assertThat(details.phone()).isNull();
        assertThat(details.website()).isEqualTo("https://www.ggz.example");

        form.setWebsite("http://ggz.example/contact");
        assertThat(form.toDetails().website()).isEqualTo("http://ggz.example/contact");
    }

    @Test
    void departmentsAreOnePerLineWithoutBlankLines() {
        OrganisationForm form = new OrganisationForm();
        form.setDepartments(" Begeleiding\r\n\r\nParticipatie \n");
        assertThat(form.departmentNames()).containsExactly("Begeleiding", "Participatie");
    }

    @Test
    void typedWildcardsAreSearchedForLiterally() {
        assertThat(OrganisationService.likeEscaped("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }
}
