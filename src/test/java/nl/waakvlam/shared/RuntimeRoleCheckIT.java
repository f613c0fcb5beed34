package nl.waakvlam.shared;

import nl.waakvlam.shared.database.RuntimeRoleCheck;
import nl.waakvlam.support.DatabaseLogins;
import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application refuses to start as a role that could rewrite the audit trail, unless told otherwise. */
@IntegrationTest
class RuntimeRoleCheckIT {

    @Autowired
    DatabaseLogins logins;

    @Test
    void aSuperuserIsRefusedWithAClearMessage() throws Exception {
        try (Connection superuser = logins.superuserConnection()) {
            assertThatThrownBy(() -> new RuntimeRoleCheck(false).verify(superuser))
                    .isInstanceOf(RuntimeRoleCheck.PrivilegedRuntimeRoleException.class)
                    .hasMessageContaining("is a superuser")
                    .hasMessageContaining("waakvlam.database.allow-privileged-runtime-role=true");
        }
    }

    @Test
    void theSchemaOwnerIsRefused() throws Exception {
        try (Connection owner = logins.ownerConnection()) {
            assertThatThrownBy(() -> new RuntimeRoleCheck(false).verify(owner))
                    .isInstanceOf(RuntimeRoleCheck.PrivilegedRuntimeRoleException.class)
                    .hasMessageContaining("owns the database")
                    .hasMessageContaining("owns tables in the schema");
        }
    }

    @Test
    void theRuntimeRolePassesAndTheSettingLetsAPrivilegedRoleStart() throws Exception {
        try (Connection runtime = logins.runtimeConnection()) {
            assertThatCode(() -> new RuntimeRoleCheck(false).verify(runtime)).doesNotThrowAnyException();
        }
        try (Connection superuser = logins.superuserConnection()) {
            assertThatCode(() -> new RuntimeRoleCheck(true).verify(superuser)).doesNotThrowAnyException();
        }
    }
}
