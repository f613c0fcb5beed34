package nl.waakvlam.referral;

import nl.waakvlam.client.ClientService;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.reference.TrackSummary;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.SecuritySlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static nl.waakvlam.security.SecuritySlice.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The referral and intake pages as a controller slice with the real security configuration: who
 * may open them, and that a bad referral form comes back with translated messages next to the
 * fields, keeps what was typed and saves nothing. The services behind the controllers are stand-ins
 * here; the full journey runs against PostgreSQL in ReferralJourneyIT.
 */
@WebMvcTest(controllers = {ReferralController.class, IntakeController.class})
@Import(SecuritySlice.class)
class ReferralWebTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReferralService referrals;

    @MockitoBean
    ReferenceData referenceData;

    @MockitoBean
    ClientService clients;

    @MockitoBean
    CoachMatcher matcher;

    @MockitoBean
    AccountService accounts;

    @MockitoBean
    OrganisationService organisations;

    @MockitoBean
    NotificationService notifications;

    @BeforeEach
    void lists() {
        SecuritySlice.everySessionStands(accounts);
        when(referenceData.activeTracks()).thenReturn(List.of(
                new TrackSummary(1L, "YOUTH", "Jongeren", "Young people", true),
                new TrackSummary(2L, "ADULTS", "Volwassenen", "Adults", false)));
        when(referrals.referralsOf(any(), any())).thenReturn(Page.empty());
        when(referrals.intakeQueue(any(), any())).thenReturn(Page.empty());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : List.of("/referrals", "/referrals/new", "/intake", "/intake/1")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void eachRoleReachesOnlyItsOwnReferralPages() throws Exception {
        mvc.perform(get("/referrals").with(as(Role.REFERRER, 6))).andExpect(status().isOk())
                .andExpect(view().name("referral/referrals"));
        mvc.perform(get("/referrals/new").with(as(Role.REFERRER, 6))).andExpect(status().isOk());
        mvc.perform(get("/referrals/new").with(as(Role.PROJECT_LEADER, 3))).andExpect(status().isOk());
        mvc.perform(get("/intake").with(as(Role.PROJECT_LEADER, 3))).andExpect(status().isOk())
                .andExpect(view().name("referral/intake"));

        mvc.perform(get("/intake").with(as(Role.REFERRER, 6))).andExpect(status().isForbidden());
        mvc.perform(get("/intake").with(as(Role.COACH, 1))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals").with(as(Role.PROJECT_LEADER, 3))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/new").with(as(Role.COACH, 1))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/new").with(as(Role.ADMIN, 9))).andExpect(status().isForbidden());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/referrals/new").with(as(Role.REFERRER, 6)).param("firstName", "Sam"))
                .andExpect(status().isForbidden());
        verify(referrals, never()).submit(any(), any(), any(), any(), any());
    }

    @Test
    void anIncompleteReferralComesBackWithMessagesAndWhatWasTyped() throws Exception {
        mvc.perform(post("/referrals/new").with(as(Role.REFERRER, 6)).with(csrf())
                        .param("firstName", "Sam").param("lastName", "").param("trackId", "1")
                        .param("reason", "Zoekt werk na school"))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/referral-form"))
                .andExpect(content().string(containsString("value=\"Sam\"")))
                .andExpect(content().string(containsString("Zoekt werk na school")))
                .andExpect(content().string(containsString("is-invalid")));
        verify(referrals, never()).submit(any(), any(), any(), any(), any());
    }

    @Test
    void aTrackThatDoesNotExistIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(post("/referrals/new").with(as(Role.REFERRER, 6)).with(csrf())
                        .param("trackId", "999999").param("firstName", "Sam").param("lastName", "Jansen"))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/referral-form"));
        verify(referrals, never()).submit(any(), any(), any(), any(), any());
    }
}
