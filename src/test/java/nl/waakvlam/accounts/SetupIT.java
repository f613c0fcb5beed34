package nl.waakvlam.accounts;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first start on an empty PostgreSQL with demo mode off: no account and no default password
 * exist, the log holds a one-time set-up token, {@code /setup} with it creates the first
 * administrator, and then answers 404.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"waakvlam.test.database=first_start", "waakvlam.test.programme=false"})
class SetupIT {

    static final Pattern TOKEN = Pattern.compile("one-time set-up token: (\\S+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoggedTokenCreatesTheFirstAdministratorOnce(CapturedOutput output) throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isZero();
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(login).doesNotContain("Demo-accounts").doesNotContain("waakvlam-demo-2026");

        Matcher token = TOKEN.matcher(output.getAll());
        assertThat(token.find()).as("the set-up token in the log").isTrue();
        mvc.perform(get("/setup")).andExpect(status().isOk());

        String wrong = mvc.perform(post("/setup").with(csrf()).param("token", "geraden")
                        .param("displayName", "Eerste Beheerder").param("username", "beheer")
                        .param("password", "een lange zin voor de beheerder").param("repeat", "een lange zin voor de beheerder"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Deze code klopt niet.");
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isZero();

        mvc.perform(post("/setup").with(csrf()).param("token", token.group(1))
                        .param("displayName", "Eerste Beheerder").param("username", "beheer")
                        .param("password", "een lange zin voor de beheerder").param("repeat", "een lange zin voor de beheerder"))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup").with(csrf()).param("token", token.group(1))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users").session(login(mvc, "beheer", "een lange zin voor de beheerder")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(1);
    }
}
