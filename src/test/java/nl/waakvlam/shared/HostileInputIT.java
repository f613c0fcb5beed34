package nl.waakvlam.shared;

import nl.waakvlam.support.AppRoutes;
import nl.waakvlam.support.AppRoutes.Route;
import nl.waakvlam.support.FullSuite;
import nl.waakvlam.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every GET and POST route of the application, for every role, with hostile and malformed values
 * in every parameter it reads (query parameters, form fields, path variables): NUL and other
 * control characters, over-long texts, out-of-range numbers and dates, markup and SQL. No response
 * may be a server error. Runs on a database of its own, because some of these requests succeed
 * and change data.
 */
@FullSuite
@IntegrationTest
@TestPropertySource(properties = "waakvlam.test.database=hostile_input")
class HostileInputIT {

    static final List<String> HOSTILE = List.of("a\u0000b", "\u0007\u001b[31m\u007f", "x".repeat(20_000),
            "99999999999999999999", "-1", "2147483648", "9999-12-31", "2026-13-45T25:61",
            "<script>alert(1)</script>' or 1=1 --", "", "NaN",
            // what Tomcat makes of malformed UTF-8 (a lone surrogate cannot arrive over HTTP)
            "\uFFFD\uFFFD");
    static final List<String> HOSTILE_PATH = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%00");
    static final List<String> ROLES = List.of("coach1", "verwijzer1", "projectleider", "beheerder", "secretariaat");
    
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noRouteAnswersAServerErrorToHostileInput() throws Exception {
        Map<String, String> ids = AppRoutes.realIds(jdbc);
        Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
        for (String role : ROLES) {
            sessions.put(role, login(mvc, role));
        }
        List<String> failures = new ArrayList<>();
        int requests = 0;
        List<Route> routes = AppRoutes.all(mappings);
        assertThat(routes).hasSizeGreaterThan(50);
        for (Route route : routes) {
            for (MockHttpSession session : sessions.values()) {
                // a route that reads no parameter gets the same request whatever the value: sent once
                for (String value : route.parameters().isEmpty() ? HOSTILE.subList(0, 1) : HOSTILE) {
                    requests++;
                    check(route, AppRoutes.path(route.pattern(), ids::get), value, session, failures);
                }
                for (String value : HOSTILE_PATH) {
                    if (AppRoutes.VARIABLE.matcher(route.pattern()).find()) {
                        requests++;
                        check(route, AppRoutes.path(route.pattern(), name -> value), "1", session, failures);
                    }
                }
            }
        }
        // outside the controllers: the login form, the language switch and the error pages
        for (String value : HOSTILE) {
            requests += 3;
            status(post("/login").with(csrf()).param("username", value).param("password", value), "login", value,
                    failures);
            status(get("/").session(sessions.get("coach1")).param("lang", value), "lang", value, failures);
            status(get("/login").param("error", value).param("lang", value), "login page", value, failures);
        }
        System.out.printf("hostile input: %d requests to %d routes, %d server errors%n", requests, routes.size(),
                failures.size());
        failures.forEach(failure -> System.out.println("server error: " + failure));
        assertThat(failures).as("server errors (%d requests)", requests).isEmpty();
    }

    /**
     * Every form of every page each role can open, submitted as the page filled it in but with one
     * number field left empty: an empty number is "not filled in", a form error at worst.
     */
    @Test
    void everyFormTakesAnEmptyNumberFieldWithoutAServerError() throws Exception {
        Map<String, String> ids = AppRoutes.realIds(jdbc);
        List<String> failures = new ArrayList<>();
        Set<String> sent = new LinkedHashSet<>();
        for (String role : ROLES) {
            MockHttpSession session = login(mvc, role);
            for (Route route : AppRoutes.all(mappings)) {
                if (route.method() != RequestMethod.GET) {
                    continue;
                }
                var page = mvc.perform(get(AppRoutes.path(route.pattern(), ids::get)).session(session)).andReturn()
                        .getResponse();
                if (page.getStatus() != 200 || page.getContentType() == null
                        || !page.getContentType().startsWith("text/html")) {
                    continue;
                }
                for (Element form : Jsoup.parse(page.getContentAsString()).select("form[method=post]")) {
                    for (Element number : form.select("input[type=number][name]")) {
                        String action = form.attr("action");
                        if (action.isEmpty() || !sent.add(role + " " + action + " " + number.attr("name"))) {
                            continue;
                        }
                        MockHttpServletRequestBuilder request = post(action).with(csrf()).session(session);
                        filledIn(form).forEach((name, values) -> request.param(name,
                                name.equals(number.attr("name")) ? new String[]{""} : values.toArray(String[]::new)));
                        status(request, role + " POST " + action + " [" + number.attr("name") + "]", "", failures);
                    }
                }
            }
        }
        // a form whose number fields matter only after a choice the page does not preselect: a coach's account
        for (String field : List.of("contractHours", "maxCaseload")) {
            MockHttpServletRequestBuilder request = post("/admin/users").with(csrf())
                    .session(login(mvc, "beheerder")).param("displayName", "Leeg Getal")
                    .param("username", "leeg-" + field).param("email", "leeg@example.org").param("role", "COACH")
                    .param("gender", "FEMALE").param("languages", "Nederlands")
                    .param("contractHours", field.equals("contractHours") ? "" : "24")
                    .param("maxCaseload", field.equals("maxCaseload") ? "" : "30");
            sent.add("beheerder /admin/users COACH " + field);
            status(request, "POST /admin/users COACH [" + field + "]", "", failures);
        }
        System.out.printf("empty numbers: %d forms and fields, %d server errors%n", sent.size(), failures.size());
        failures.forEach(failure -> System.out.println("server error: " + failure));
        assertThat(sent).as("forms with number fields").hasSizeGreaterThan(5);
        assertThat(failures).isEmpty();
    }

    /** The values a browser would send for the form as rendered, without the page's CSRF token. */
    private static Map<String, List<String>> filledIn(Element form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (name.equals("_csrf") || type.equals("submit") || type.equals("file") || field.hasAttr("disabled")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            String value;
            if (field.tagName().equals("select")) {
                Element option = field.selectFirst("option[selected]");
                option = option != null ? option : field.selectFirst("option");
                value = option == null ? "" : option.attr("value");
            } else if (field.tagName().equals("textarea")) {
                value = field.text();
            } else {
                value = field.attr("value");
            }
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private void check(Route route, String path, String value, MockHttpSession session, List<String> failures)
            throws Exception {
        MockHttpServletRequestBuilder request = route.method() == RequestMethod.POST
                ? post(path).with(csrf()) : get(path);
        request.session(session);
        for (String parameter : route.parameters()) {
            request.param(parameter, value);
        }
        status(request, route.method() + " " + path + " " + route.parameters(), value, failures);
    }

    private void status(MockHttpServletRequestBuilder request, String what, String value, List<String> failures)
            throws Exception {
        int status;
        try {
            status = mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            status = 500;
            System.out.println("exception: " + what + " " + rootCause(e));
        }
        if (status >= 500) {
            failures.add(what + " = " + printable(value) + " → " + status);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }

    private static String printable(String value) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }
}
