package nl.waakvlam.support;

import nl.waakvlam.shared.DemoMode;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Logs a demo account in through the real login form and returns its session. */
public final class Sessions {

    private Sessions() {
    }

    public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, DemoMode.PASSWORD);
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf())
                        .param("username", username).param("password", password))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
