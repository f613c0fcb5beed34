package nl.waakvlam.shared;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static nl.waakvlam.support.Sessions.login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every paged list answers any page number: a negative one shows the first page, one far past the
 * end (beyond what an offset can hold) an empty page, and text that is no number a 400 — never a 500.
 */
@IntegrationTest
class PageNumbersIT {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPagedListAnswersAnyPageNumberWithoutAServerError() throws Exception {
        Map<String, List<String>> lists = Map.of(
                "coach1", List.of("/caseload", "/clients", "/organisations", "/inbox"),
                "verwijzer1", List.of("/referrals", "/inbox"),
                "projectleider", List.of("/clients", "/intake", "/coaches", "/organisations", "/inbox"),
                "beheerder", List.of("/admin/users", "/admin/organisations"));
        for (Map.Entry<String, List<String>> role : lists.entrySet()) {
            MockHttpSession session = login(mvc, role.getKey());
            for (String list : role.getValue()) {
                for (String page : List.of("-3", "100000000", "2147483647", "99999999999", " 2 ")) {
                    mvc.perform(get(list).param("page", page).session(session)).andExpect(status().isOk());
                }
                mvc.perform(get(list).param("page", "twee").session(session)).andExpect(status().isBadRequest());
            }
        }
    }
}
