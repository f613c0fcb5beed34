package nl.waakvlam.operations;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One session, many requests at the same moment (two tabs, a double click, a load test that signs in
 * once): every one answers as it would alone. Each post below leaves a flash message in the session,
 * so they all write the same session attribute in PostgreSQL at once (with Spring Session's plain
 * {@code INSERT}, without its PostgreSQL upsert, all but one ended in a server error).
 */
@IntegrationTest
class ConcurrentSessionIT {

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    @Test
    void fortyAttemptsOfOneSessionAtOnceAreAllLogged() throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        HttpVisitor browser = new HttpVisitor();
        assertThat(browser.signIn(port, coach.username()).statusCode()).isEqualTo(302);
        assertThat(browser.get(port, "/account").statusCode()).isEqualTo(200);

        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // "no answer" from the caseload: a contact attempt and a flash message, forty times at once
                answers.add(threads.submit(() -> browser.post(port, "/clients/" + client + "/contacts/attempt",
                        Map.of("outcome", "NO_ANSWER", "from", "caseload")).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).as("every attempt is logged and redirects back to the caseload").containsOnly(302);
        } finally {
            threads.shutdownNow();
        }
        assertThat(browser.get(port, "/caseload").statusCode()).isEqualTo(200);
    }
}
