package nl.waakvlam.notification;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every kind of notification the code knows can be stored: the database's list of types
 * ({@code ck_notification_type}) keeps up with the enum. A kind missing there would make its
 * listener fail after the commit, silently for the user who caused it.
 */
@IntegrationTest
class NotificationTypesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyKindCanBeStored() {
        Long user = jdbc.queryForObject("select id from user_account where username = 'coach1'", Long.class);
        for (NotificationType type : NotificationType.values()) {
            assertThatCode(() -> transaction.executeWithoutResult(status -> {
                jdbc.update("insert into notification (user_id, type, message_key, link, created_at) values "
                        + "(?, ?, 'x', '/x', now())", user, type.name());
                status.setRollbackOnly();
            })).as(type.name()).doesNotThrowAnyException();
        }
    }
}
